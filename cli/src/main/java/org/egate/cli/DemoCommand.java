package org.egate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.egate.cli.server.ServerCommand;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.Specimens;
import org.egate.server.EgateServer;
import org.egate.server.demo.DemoData;
import org.egate.server.demo.DemoFaces;
import org.egate.server.security.Role;
import org.egate.simulator.demo.DemoLaneParameters;
import org.egate.simulator.demo.DemoLanes;
import org.egate.simulator.finger.SyntheticFingerprints;
import org.egate.simulator.scenario.OfficerClient;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate demo}: the central server on its own embedded database ({@code ./data/demo}) with
 * demo officer logins, a credential for every seeded lane (written to {@code lane-credentials.json}
 * for simulated lanes) and three enrolled demo travelers: faces cut from face-api's MIT demo photos
 * ({@code DemoFaces}, copied by the build from the npm package), synthetic fingerprints; prints the
 * URL and logins as JSON. Then, unless {@code --no-lanes}, simulated lanes at every site clear a
 * stream of simulated travelers against it until stopped (decision 0141), one line per traveler on
 * stderr, journals under {@code <data-dir>/lanes}. Needs nothing outside the repository and its build.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start the server with demo data and print the URL and the demo logins (JSON).")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Option(names = "--data-dir", defaultValue = "data/demo", description = "demo database folder (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--exit", hidden = true, description = "stop after printing (tests)")
  boolean exit;

  @Option(names = "--no-lanes", description = "do not run the simulated lanes (server and demo data only)")
  boolean noLanes;

  @Option(names = "--lane-pause-millis", hidden = true, description = "pause between travelers at a simulated lane (tests)")
  Long lanePauseMillis;

  @Option(names = "--lane-travelers", hidden = true, description = "demo travelers cycled through the simulated lanes (tests)")
  Integer laneTravelers;

  @Option(names = "--exit-after-crossings", hidden = true,
      description = "with --exit: first wait until the simulated lanes served this many travelers (tests, at most 3 min)")
  int exitAfterCrossings;

  /** Demo travelers: surname, given names, birth date, passport number, seed of their synthetic fingerprints; face {@code DemoFaces.portrait(i)}. */
  private record DemoTraveler(String surname, String givenNames, String birthDate, String passport, long seed) {}

  private static final List<DemoTraveler> TRAVELERS = List.of(
      new DemoTraveler("LIN", "MEI HUA", "1988-04-12", "300000001", 11),
      new DemoTraveler("CHEN", "WEI TING", "1975-11-30", "300000002", 22),
      new DemoTraveler("WANG", "HSIAO MING", "2001-07-07", "300000003", 33));

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Asia/Taipei")));
    List<String> specimens = Specimens.blocks();
    long valid = specimens.stream().filter(b -> MrzReader.read(b, today).valid()).count();
    err.println("egate demo: self-check: " + valid + " of " + specimens.size() + " specimen MRZs valid");

    ConfigurableApplicationContext context = EgateServer.start(port, "egate.data-dir=" + dataDir, "egate.demo=true");
    String url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    Map<String, String> secrets = context.getBean(DemoData.class).seed();
    ObjectMapper json = new ObjectMapper();
    Path credentials = dataDir.resolve("lane-credentials.json").toAbsolutePath();
    ObjectNode lanes = json.createObjectNode();
    lanes.put("server", url);
    secrets.forEach(lanes.with("secrets")::put);
    Files.writeString(credentials, json.writerWithDefaultPrettyPrinter().writeValueAsString(lanes));

    ObjectNode out = json.createObjectNode();
    out.put("url", url);
    out.put("console", url + "/login");
    out.put("openApi", url + "/v3/api-docs");
    ArrayNode logins = out.putArray("logins");
    for (DemoData.Login l : DemoData.LOGINS) {
      logins.addObject().put("username", l.username()).put("password", l.password()).put("role", l.role().name());
    }
    out.put("laneCredentials", credentials.toString());
    out.put("lanes", secrets.size());
    ArrayNode travelers = out.putArray("travelers");
    HttpClient http = HttpClient.newHttpClient();
    SyntheticFingerprints prints = SyntheticFingerprints.withDefaults();
    for (int i = 0; i < TRAVELERS.size(); i++) {
      DemoTraveler t = TRAVELERS.get(i);
      String answer = enroll(http, url, t, DemoFaces.portrait(i), prints);
      ObjectNode node = travelers.addObject().put("name", t.surname() + ", " + t.givenNames()).put("passport", "ROC_PASSPORT/TWN/" + t.passport());
      node.set("enrollment", json.readTree(answer));
    }
    out.putObject("selfCheck").put("specimenMrzs", specimens.size()).put("valid", valid);
    DemoLanes simulated = null;
    if (!noLanes) {
      DemoLaneParameters d = DemoLaneParameters.DEFAULTS;
      DemoLaneParameters parameters = new DemoLaneParameters(laneTravelers == null ? d.travelers() : laneTravelers,
          d.seed(), lanePauseMillis == null ? d.pause() : Duration.ofMillis(lanePauseMillis), d.population());
      Map<String, byte[]> laneSecrets = new LinkedHashMap<>();
      secrets.forEach((lane, secret) -> laneSecrets.put(lane, Base64.getDecoder().decode(secret)));
      URI base = URI.create(url + "/");
      simulated = DemoLanes.start(base, laneSecrets, client(http, base, Role.OFFICER), client(http, base, Role.SUPERVISOR),
          dataDir.resolve("lanes").toAbsolutePath(), parameters, err);
      ObjectNode running = out.putObject("simulatedLanes");
      running.put("travelers", parameters.travelers());
      running.put("pauseSeconds", parameters.pause().toMillis() / 1000.0);
      running.put("journals", dataDir.resolve("lanes").resolve("journals").toAbsolutePath().toString());
      ArrayNode list = running.putArray("lanes");
      for (var lane : simulated.lanes()) {
        list.addObject().put("lane", lane.id().value()).put("site", lane.site().value())
            .put("direction", lane.direction().name());
      }
    }
    spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    spec.commandLine().getOut().flush();
    if (simulated != null) {
      err.println("egate demo: " + simulated.lanes().size() + " simulated lanes ("
          + String.join(", ", simulated.lanes().stream().map(l -> l.id().value()).toList())
          + ") clear demo travelers against " + url + " once they are enrolled; --no-lanes turns them off");
    }
    err.println("egate demo: console " + url + "/login (logins above); Ctrl-C stops the demo");
    err.flush();
    if (exit) {
      int code = ExitCodes.OK;
      if (simulated != null) {
        code = awaitCrossings(simulated, err);
        simulated.close();
      }
      context.close();
      return code;
    }
    ServerCommand.awaitClose(context);
    if (simulated != null) {
      simulated.close();
    }
    return ExitCodes.OK;
  }

  private static OfficerClient client(HttpClient http, URI base, Role role) {
    DemoData.Login login = DemoData.LOGINS.stream().filter(l -> l.role() == role).findFirst().orElseThrow();
    return new OfficerClient(http, base, login.username(), login.password());
  }

  /** With {@code --exit-after-crossings N}: waits (at most 3 min) until the lanes served N travelers. */
  private int awaitCrossings(DemoLanes simulated, java.io.PrintWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (simulated.served() < exitAfterCrossings && simulated.failure().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    err.println("egate demo: simulated lanes served " + simulated.served() + " travelers: " + simulated.reasons());
    err.flush();
    if (simulated.failure().isPresent() || simulated.served() < exitAfterCrossings) {
      err.println("egate demo: simulated lanes did not serve " + exitAfterCrossings + " travelers: "
          + simulated.failure().orElse("timed out"));
      return ExitCodes.FAILED_CHECK;
    }
    return ExitCodes.OK;
  }

  private static String enroll(HttpClient http, String url, DemoTraveler t, byte[] face, SyntheticFingerprints prints) throws Exception {
    var master = prints.master(t.seed());
    var left = prints.master(t.seed() + 1000);
    String body = """
        {"clientKey":"demo-%s","traveler":{"surname":"%s","givenNames":"%s","birthDate":"%s","nationality":"TWN"},
         "category":"NATIONAL_WITH_HOUSEHOLD_REGISTRATION",
         "documents":[{"kind":"ROC_PASSPORT","issuer":"TWN","number":"%s","expiresOn":"2035-12-31"},
                      {"kind":"NATIONAL_ID_CARD","issuer":"TWN","number":"D%s"}],
         "heightCm":168,"place":{"site":"TAOYUAN","terminal":"T2"},
         "faceImage":"%s",
         "fingerprints":{"RIGHT_INDEX":"%s","LEFT_INDEX":"%s"}}"""
        .formatted(t.passport(), t.surname(), t.givenNames(), t.birthDate(), t.passport(), t.passport(),
            b64(face), b64(SyntheticFingerprints.png(prints.impression(master, 1))),
            b64(SyntheticFingerprints.png(prints.impression(left, 1))));
    DemoData.Login officer = DemoData.LOGINS.get(0);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/enrollments"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + b64((officer.username() + ":" + officer.password()).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
