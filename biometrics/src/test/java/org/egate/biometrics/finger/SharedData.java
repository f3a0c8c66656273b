package org.egate.biometrics.finger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The evaluation data beside the checkout (PROVENANCE.md); tests skip when it is absent. */
final class SharedData {
  private SharedData() {}

  static Path fingerprints() {
    String root = System.getProperty("egate.shared.data");
    assumeTrue(root != null, "egate.shared.data is not set");
    Path dir = Path.of(root, "fingerprints");
    assumeTrue(Files.isDirectory(dir), "no shared fingerprint data at " + dir);
    return dir;
  }

  static byte[] read(String relative) {
    try {
      return Files.readAllBytes(fingerprints().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
