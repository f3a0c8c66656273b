package org.egate.cli.simulate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egate.simulator.endtoend.EndToEndRun;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.simulator.endtoend.EndToEndReport;
import org.egate.simulator.endtoend.LanePath;
import org.egate.simulator.endtoend.Walk;

/**
 * The JSON of {@code egate simulate --travelers}: the figures of issue 5 first, then how the run
 * was made and the detail behind {@code scenarioMismatches} (decision 0080). Seconds are virtual
 * (device model); milliseconds are wall-clock.
 */
final class EndToEndJson {
  /** Mismatches listed one by one at most. */
  static final int LISTED = 20;

  private EndToEndJson() {}

  static ObjectNode of(EndToEndReport r) {
    ObjectNode o = CapacityJson.MAPPER.createObjectNode();
    o.put("mode", "end-to-end");
    o.put("transactions", r.transactions());
    o.put("accepted", r.accepted());
    ObjectNode rejected = o.putObject("rejected");
    r.rejected().forEach(rejected::put);
    o.put("medianSeconds", round(r.medianSeconds()));
    o.put("p95Seconds", round(r.p95Seconds()));
    o.put("clearedMedianSeconds", round(r.clearedMedianSeconds()));
    o.put("clearedP95Seconds", round(r.clearedP95Seconds()));
    o.put("softwareMillisP95", round(r.softwareMillisP95()));
    o.put("softwareMillisMedian", round(r.softwareMillisMedian()));
    ObjectNode parts = o.putObject("softwarePartsMillis");
    r.softwareParts().forEach((name, v) -> parts.putObject(name).put("median", round(v[0])).put("p95", round(v[1])));
    ObjectNode paths = o.putObject("paths");
    r.paths().forEach((path, t) -> paths.putObject(path.name()).put("count", t.count())
        .put("medianSeconds", round(t.medianSeconds())).put("p95Seconds", round(t.p95Seconds())));
    ObjectNode states = o.putObject("clearedByFaceStateMedianSeconds");
    r.stateMedians(LanePath.CLEARED_BY_FACE).forEach((state, seconds) -> states.put(state.name(), round(seconds)));
    o.put("clearedByFace", r.clearedByFace());
    o.put("clearedByFinger", r.clearedByFinger());
    o.put("throughputPerLaneHour", round(r.throughputPerLaneHour()));
    o.put("lostRecords", r.lostRecords());
    o.put("scenarioMismatches", r.mismatches().size());

    o.put("travelers", r.parameters().travelers());
    o.put("lanes", r.parameters().lanes());
    o.put("seed", r.parameters().seed());
    r.lanes().forEach(o.putArray("laneIds")::add);
    o.put("enrolled", r.enrolled());
    ObjectNode refused = o.putObject("enrollmentsRefused");
    r.enrollmentsRefused().forEach(refused::put);
    o.put("duplicateReferralsApproved", r.referralsApproved());
    o.put("exitBansImposed", r.exitBans());
    o.put("journaledRecords", r.journaledRecords());
    o.put("doubledRecords", r.doubledRecords());
    o.put("pendingInJournals", r.pendingInJournals());
    o.put("expectationsStated", r.expectationsStated());
    o.put("expectedCleared", r.expectedCleared());
    o.put("falseRejects", r.falseRejects());
    var listed = o.putArray("mismatches");
    for (Walk w : r.mismatches().stream().limit(LISTED).toList()) {
      listed.addObject().put("traveler", w.traveler().biometricId()).put("lane", w.laneId())
          .put("expected", w.expectation().expected().name()).put("why", w.expectation().why())
          .put("actual", w.reason().name());
    }
    o.put("biometrics", (r.parameters().faces().isPresent() ? "faces: " + r.parameters().faces().get() + " (LFW layout)"
        : "faces: face-api's MIT demo photos shared by the travelers (decision 0130)")
        + ", portraits enrolled as face-api descriptors, lane decides by face first at FMR 0.1 % (decision 0102); "
        + (r.parameters().fingers().isPresent() ? "fingerprints: " + r.parameters().fingers().get() + " (FVC layout)"
        : "fingerprints: synthetic (org.egate.simulator.finger), both index fingers, SourceAFIS at the real FMR 0.1 %"
        + " operating point " + round(EndToEndRun.FINGER_THRESHOLD) + " (FVC2002; synthetic prints meet it, decision 0155)")
        + ", as fallback");
    ObjectNode devices = o.putObject("devices");
    r.parameters().devices().describe().forEach(devices::put);
    devices.put("source", r.parameters().devices().equals(DeviceProfiles.TYPICAL)
        ? "DeviceProfiles.TYPICAL: stated assumptions, docs/DEVICES.md (decisions 0061, 0132, 0161); virtual time"
        : "--devices file; virtual time");
    o.put("computeSlots", r.parameters().computeSlots());
    o.put("enrollmentWallSeconds", round(r.enrollmentWallTime().toMillis() / 1000.0));
    o.put("lanesWallSeconds", round(r.lanesWallTime().toMillis() / 1000.0));
    o.put("totalWallSeconds", round(r.totalWallTime().toMillis() / 1000.0));
    return o;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
