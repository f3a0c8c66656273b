package org.egate.server.enrollment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.egate.server.TestServer;
import org.egate.server.biometric.BiometricRejected;
import org.egate.server.biometric.FaceTemplates;
import org.junit.jupiter.api.Assumptions;

/**
 * Enrollment requests for the tests, with real images from ../shared/data (LFW faces, FVC2002
 * fingerprints); tests that need them are skipped when the folder is absent.
 */
public final class Samples {
  private static final AtomicInteger SERIAL = new AtomicInteger(1000);

  private Samples() {}

  public static Path data() {
    String dir = System.getProperty("egate.shared.data", "../shared/data");
    Path root = Path.of(dir);
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("fingerprints/fvc2002/DB1_B")) && Files.isDirectory(root.resolve("faces/lfw-dev/images")),
        "shared data (FVC2002, LFW) not found at " + root);
    return root;
  }

  public static String b64(Path file) {
    try {
      return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** LFW people whose first image the server's face engine accepts for enrollment, in name order. */
  private static final List<Path> ACCEPTED_FACES = new ArrayList<>();

  /**
   * Face image {@code n}: the first image of the n-th LFW person (name order) whose image passes the
   * enrollment quality check (LFW is not enrollment-grade: some photos show a turned head or read as
   * a hat). A different person per n; a test JVM's server sees each at most once per n.
   */
  public static synchronized String face(int n) {
    FaceTemplates engine = TestServer.context().getBean(FaceTemplates.class);
    try (var people = Files.list(data().resolve("faces/lfw-dev/images"))) {
      var iterator = people.sorted().iterator();
      int seen = 0;
      while (ACCEPTED_FACES.size() <= n && iterator.hasNext()) {
        Path person = iterator.next();
        if (seen++ < acceptedScanned) {
          continue;
        }
        acceptedScanned++;
        Path first;
        try (var files = Files.list(person)) {
          first = files.sorted().findFirst().orElseThrow();
        }
        try {
          engine.extract(Files.readAllBytes(first));
          ACCEPTED_FACES.add(first);
        } catch (BiometricRejected refused) {
          // not enrollment-grade; the next person
        }
      }
      return b64(ACCEPTED_FACES.get(n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int acceptedScanned;

  /**
   * FVC2002 finger {@code finger} (101..110) of database {@code db} (1..4), impression (1..8). The
   * test JVM shares one index, so each test class uses its own fingers.
   */
  public static String finger(int db, int finger, int impression) {
    return b64(data().resolve("fingerprints/fvc2002/DB" + db + "_B/" + finger + "_" + impression + ".tif"));
  }

  /** A fresh 9-digit ROC passport number. */
  public static String passportNumber() {
    return String.format("3%08d", SERIAL.incrementAndGet() + (System.nanoTime() % 1000) * 10000);
  }

  /** A national's enrollment at Taoyuan T2 with the given passport, birth date, face and fingers. */
  public static String national(String clientKey, String passport, String birthDate, int heightCm, String face, String right, String left) {
    return """
        {%s"traveler":{"surname":"LIN","givenNames":"MEI HUA","birthDate":"%s","nationality":"TWN"},
         "category":"NATIONAL_WITH_HOUSEHOLD_REGISTRATION",
         "documents":[{"kind":"ROC_PASSPORT","issuer":"TWN","number":"%s","expiresOn":"2035-01-01"},
                      {"kind":"NATIONAL_ID_CARD","issuer":"TWN","number":"A1%s"}],
         "heightCm":%d,
         "place":{"site":"TAOYUAN","terminal":"T2"},
         "faceImage":"%s",
         "fingerprints":{"RIGHT_INDEX":"%s","LEFT_INDEX":"%s"}}"""
        .formatted(clientKey == null ? "" : "\"clientKey\":\"" + clientKey + "\",", birthDate, passport, passport.substring(1), heightCm,
            face, right, left);
  }
}
