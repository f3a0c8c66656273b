package org.egate.cli.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.simulator.capacity.Arrivals;
import org.egate.simulator.capacity.CapacityModel;
import org.egate.simulator.capacity.CapacityParameters;
import org.egate.simulator.capacity.CapacityReport;
import org.egate.simulator.capacity.GateHall;
import org.egate.simulator.capacity.LaneSearch;
import org.egate.simulator.capacity.LogNormalServiceTimes;
import org.egate.simulator.capacity.ServiceTimes;
import org.egate.simulator.capacity.ServiceTimesFile;
import org.egate.simulator.endtoend.EndToEndParameters;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.DeviceProfilesFile;
import org.egate.simulator.endtoend.EndToEndReport;
import org.egate.simulator.endtoend.EndToEndRun;
import org.egate.simulator.scenario.Scenario;
import org.egate.simulator.scenario.ScenarioLibrary;
import org.egate.simulator.scenario.ScenarioResult;
import org.egate.simulator.scenario.ScenarioRunner;
import org.egate.simulator.scenario.ServerBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate simulate}. Two modes share the command: {@code --arrivals-per-hour} runs the
 * gate-hall capacity model (docs/CAPACITY.md); {@code --travelers} is the end-to-end run of the
 * whole stack (embedded PostgreSQL, the server, M lanes over HTTP; decision 0080). Capacity: exit 0
 * when the hall copes, 1 when it is unstable at {@code --lanes} or no lane count meets {@code
 * --target-wait-seconds}. End to end: exit 0 when no record is lost or doubled and no traveler's
 * outcome contradicts the rules, 1 otherwise. Scenarios ({@code --scenarios}): the scenario library
 * against the real server (decision 0140), exit 1 on any mismatch. 2 on bad usage.
 */
@Command(
    name = "simulate",
    description = {
      "Capacity model: egate simulate --arrivals-per-hour A --lanes M [--target-wait-seconds T] [--service-times FILE] [--seed S]",
      "End to end:     egate simulate --travelers N --lanes M --seed S [--devices FILE]",
      "Scenarios:      egate simulate --scenarios [--scenario NAME]..."
    })
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--arrivals-per-hour", split = ",", paramLabel = "A",
      description = "Travelers arriving per hour (Poisson); a comma list gives one rate per clock hour, repeated.")
  List<Double> arrivalsPerHour;

  @Option(names = "--lanes", paramLabel = "M", description = "Number of lanes fed by one FIFO queue.")
  Integer lanes;

  @Option(names = "--target-wait-seconds", paramLabel = "T",
      description = "Find the fewest lanes whose 95th-percentile wait is at most T seconds (upper 95% confidence bound).")
  Double targetWaitSeconds;

  @Option(names = "--service-times", paramLabel = "FILE",
      description = "Measured lane seconds per traveler (numbers; # comments), or 'stated' for the source's log-normal"
          + " (median 12 s, p95 18 s). Default: the end-to-end run's measured seconds shipped with egate (docs/CAPACITY.md).")
  Path serviceTimesFile;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--replications", paramLabel = "R", description = "Independent replications (default 20).")
  Integer replications;

  @Option(names = "--warm-up-hours", paramLabel = "H", description = "Simulated hours discarded per replication (default 1).")
  Double warmUpHours;

  @Option(names = "--hours", paramLabel = "H", description = "Measured hours per replication (default 12).")
  Double measuredHours;

  @Option(names = "--travelers", paramLabel = "N", description = "End-to-end run of N travelers through the whole stack.")
  Integer travelers;

  @Option(names = "--faces", paramLabel = "DIR",
      description = "End to end: real faces from an LFW-layout folder (<DIR>/<Person>/<Person>_0001.jpg) instead of face-api's demo photos.")
  Path faces;

  @Option(names = "--fingers", paramLabel = "DIR",
      description = "End to end: real fingerprints from an FVC-layout folder (<finger>_<impression>.tif, e.g. fvc2002/DB1_B) instead of synthetic ones.")
  Path fingers;

  @Option(names = "--devices", paramLabel = "FILE",
      description = "End to end: device figures from FILE (format: docs/devices/typical.properties) instead of the stated typical ones.")
  Path devicesFile;

  @Option(names = "--service-times-out", paramLabel = "FILE",
      description = "End to end: write each transaction's lane seconds to FILE, the capacity model's --service-times format.")
  Path serviceTimesOut;

  @Option(names = "--scenarios",
      description = "Run the scenario library (one scenario per rule) against the real server; exit 1 on any mismatch.")
  boolean scenarios;

  @Option(names = "--scenario", paramLabel = "NAME", description = "With --scenarios: only this scenario (repeatable).")
  List<String> scenarioNames;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter err = spec.commandLine().getErr();
    if (scenarios || scenarioNames != null) {
      if (travelers != null || arrivalsPerHour != null || lanes != null) {
        return usage(err, "--scenarios runs the scenario library on its own; leave out --travelers, --arrivals-per-hour"
            + " and --lanes");
      }
      return scenarios(err);
    }
    if (travelers != null) {
      if (arrivalsPerHour != null) {
        return usage(err, "--travelers (end-to-end run) and --arrivals-per-hour (capacity model) are separate runs; give one");
      }
      return endToEnd(err);
    }
    if (arrivalsPerHour == null) {
      return usage(err, "give --arrivals-per-hour A with --lanes M and/or --target-wait-seconds T (capacity model), "
          + "or --travelers N (end-to-end run)");
    }
    if (lanes == null && targetWaitSeconds == null) {
      return usage(err, "give --lanes M, --target-wait-seconds T, or both");
    }
    Arrivals arrivals;
    GateHall hall;
    CapacityParameters parameters;
    ServiceTimes serviceTimes;
    try {
      arrivals = new Arrivals(arrivalsPerHour);
      serviceTimes = serviceTimesFile == null ? ServiceTimesFile.endToEnd()
          : serviceTimesFile.toString().equals("stated") ? LogNormalServiceTimes.DEFAULT
          : ServiceTimesFile.read(serviceTimesFile);
      hall = new GateHall(arrivals, lanes == null ? 1 : lanes, serviceTimes);
      CapacityParameters d = CapacityParameters.DEFAULTS;
      parameters = new CapacityParameters(
          replications == null ? d.replications() : replications,
          warmUpHours == null ? d.warmUpHours() : warmUpHours,
          measuredHours == null ? d.measuredHours() : measuredHours,
          d.maxLanes());
      if (targetWaitSeconds != null && !(targetWaitSeconds >= 0 && Double.isFinite(targetWaitSeconds))) {
        return usage(err, "--target-wait-seconds must be a finite number >= 0 but was " + targetWaitSeconds);
      }
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    CapacityModel model = new CapacityModel(parameters);
    CapacityReport atLanes;
    LaneSearch search;
    try {
      atLanes = lanes == null ? null : model.run(hall, seed);
      search = targetWaitSeconds == null ? null : model.lanesFor(hall, targetWaitSeconds, seed);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    ObjectNode json = CapacityJson.of(hall, parameters, seed, atLanes, search);
    PrintWriter out = spec.commandLine().getOut();
    out.println(CapacityJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    out.flush();
    boolean copes = (atLanes == null || atLanes.stable()) && (search == null || search.lanesNeeded().isPresent());
    if (atLanes != null && !atLanes.stable()) {
      err.printf("egate simulate: unstable: offered load %.2f Erlangs on %d lanes; waits grow without bound%n",
          hall.offeredLoadErlangs(), hall.lanes());
    }
    if (search != null && search.lanesNeeded().isEmpty()) {
      err.println("egate simulate: no lane count up to " + parameters.maxLanes() + " meets a p95 wait of "
          + targetWaitSeconds + " s");
    }
    return copes ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }

  private int endToEnd(PrintWriter err) throws JsonProcessingException {
    if (fingers != null && !Files.isDirectory(fingers)) {
      return usage(err, "--fingers " + fingers + ": not a folder (expected the FVC layout <finger>_<impression>.tif)");
    }
    if (faces != null && !Files.isDirectory(faces)) {
      return usage(err, "--faces " + faces + ": not a folder (expected the LFW layout <DIR>/<Person>/<Person>_0001.jpg)");
    }
    if (lanes == null) {
      return usage(err, "--travelers N needs --lanes M");
    }
    DeviceProfiles devices = DeviceProfiles.TYPICAL;
    if (devicesFile != null) {
      try {
        devices = DeviceProfilesFile.read(devicesFile);
      } catch (IllegalArgumentException e) {
        return usage(err, "--devices " + e.getMessage());
      } catch (IOException e) {
        return usage(err, "--devices " + devicesFile + ": cannot read it (" + e.getClass().getSimpleName() + ")");
      }
    }
    Path work;
    try {
      work = Files.createTempDirectory("egate-simulate-");
    } catch (IOException e) {
      err.println("egate simulate: cannot create a temporary folder: " + e.getMessage());
      return ExitCodes.FAILED_CHECK;
    }
    EndToEndReport report;
    try {
      report = new EndToEndRun(new EndToEndParameters(travelers, lanes, seed, work, Optional.ofNullable(faces),
          Optional.ofNullable(fingers), EndToEndParameters.defaultComputeSlots(), devices)).run();
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException e) {
      err.println("egate simulate: end-to-end run failed: " + e.getMessage());
      return ExitCodes.FAILED_CHECK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("egate simulate: interrupted");
      return ExitCodes.FAILED_CHECK;
    } finally {
      deleteQuietly(work, err);
    }
    if (serviceTimesOut != null) {
      try {
        ServiceTimesFile.write(serviceTimesOut, List.of(
            String.format(Locale.ROOT, "egate simulate --travelers %d --lanes %d --seed %d%s, %s: median %.2f s, p95 %.2f s",
                travelers, lanes, seed, devicesFile == null ? "" : " --devices " + devicesFile,
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), report.medianSeconds(), report.p95Seconds()),
            "lane seconds per transaction: document placed to traveler out of the lane (virtual time;"
                + " refusals at the reader included, stepping up and away not)"), report.laneSeconds());
      } catch (IOException e) {
        err.println("egate simulate: cannot write --service-times-out " + serviceTimesOut + " ("
            + e.getClass().getSimpleName() + ")");
        return ExitCodes.FAILED_CHECK;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(CapacityJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(EndToEndJson.of(report)));
    out.flush();
    boolean ok = report.recordsIntact() && report.mismatches().isEmpty();
    if (!report.recordsIntact()) {
      err.printf("egate simulate: records not intact: %d lost, %d doubled, %d still pending%n", report.lostRecords(),
          report.doubledRecords(), report.pendingInJournals());
    }
    if (!report.mismatches().isEmpty()) {
      err.println("egate simulate: " + report.mismatches().size() + " outcomes contradict the rules (see \"mismatches\")");
    }
    err.flush();
    return ok ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }

  private int scenarios(PrintWriter err) throws JsonProcessingException {
    List<Scenario> chosen;
    try {
      chosen = scenarioNames == null ? ScenarioLibrary.all() : scenarioNames.stream().map(ScenarioLibrary::named).toList();
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage() + "; the library has: "
          + String.join(", ", ScenarioLibrary.all().stream().map(Scenario::name).toList()));
    }
    Path work;
    try {
      work = Files.createTempDirectory("egate-scenarios-");
      Files.createDirectories(work.resolve("journals"));
    } catch (IOException e) {
      err.println("egate simulate: cannot create a temporary folder: " + e.getMessage());
      return ExitCodes.FAILED_CHECK;
    }
    List<ScenarioResult> results;
    long started = System.nanoTime();
    try (ServerBackend server = ServerBackend.start(work.resolve("work"))) {
      err.printf("egate simulate: real server at %s started in %.1f s; running %d scenarios%n", server.base(),
          (System.nanoTime() - started) / 1e9, chosen.size());
      err.flush();
      long ran = System.nanoTime();
      results = new ScenarioRunner(work.resolve("journals"), seed).runAll(chosen, server);
      err.printf("egate simulate: %d scenarios in %.1f s%n", results.size(), (System.nanoTime() - ran) / 1e9);
    } catch (RuntimeException e) {
      err.println("egate simulate: scenario run failed: " + e.getMessage());
      return ExitCodes.FAILED_CHECK;
    } finally {
      deleteQuietly(work, err);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(CapacityJson.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(ScenariosJson.of(results, "real server (embedded PostgreSQL, lanes over HTTP)")));
    out.flush();
    long mismatches = results.stream().filter(r -> !r.matches()).count();
    results.stream().filter(r -> !r.matches()).forEach(r -> err.println("egate simulate: MISMATCH " + r));
    err.flush();
    return mismatches == 0 ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }

  private static void deleteQuietly(Path dir, PrintWriter err) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      err.println("egate simulate: could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("egate simulate: " + message);
    err.flush();
    return ExitCodes.USAGE;
  }
}
