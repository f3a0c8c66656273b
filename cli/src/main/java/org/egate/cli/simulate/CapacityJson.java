package org.egate.cli.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egate.simulator.capacity.CapacityParameters;
import org.egate.simulator.capacity.CapacityReport;
import org.egate.simulator.capacity.EmpiricalServiceTimes;
import org.egate.simulator.capacity.Estimate;
import org.egate.simulator.capacity.GateHall;
import org.egate.simulator.capacity.LaneSearch;
import org.egate.simulator.capacity.Measured;

/**
 * The JSON of {@code egate simulate --arrivals-per-hour}: durations say their unit in the key,
 * shares are fractions; each measured figure is the mean over replications, with its 95 %
 * confidence interval as {@code [low, high]} under {@code confidence95}.
 */
public final class CapacityJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private CapacityJson() {}

  static ObjectNode of(GateHall hall, CapacityParameters p, long seed, CapacityReport atLanes, LaneSearch search) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("mode", "capacity");
    o.put("model", "discrete-event: Poisson arrivals, one FIFO queue feeding M lanes, warm-up discarded");
    o.put("seed", seed);
    o.put("replications", p.replications());
    o.put("warmUpHours", p.warmUpHours());
    o.put("measuredHours", p.measuredHours());
    o.put("arrivalsPerHour", round(hall.arrivals().meanPerHour()));
    if (hall.arrivals().perHour().size() > 1) {
      ArrayNode profile = o.putArray("arrivalsPerHourProfile");
      hall.arrivals().perHour().forEach(profile::add);
    }
    ObjectNode service = o.putObject("serviceTimes");
    service.put("source", hall.serviceTimes().source());
    service.put("meanSeconds", round(hall.serviceTimes().meanSeconds()));
    if (hall.serviceTimes() instanceof EmpiricalServiceTimes e) {
      service.put("count", e.count());
    }
    o.put("offeredLoadErlangs", round(hall.offeredLoadErlangs()));
    if (atLanes != null) {
      o.set("result", report(atLanes));
    }
    if (search != null) {
      ObjectNode t = o.putObject("target");
      t.put("waitP95Seconds", search.targetWaitP95Seconds());
      t.put("met", search.lanesNeeded().isPresent());
      if (search.lanesNeeded().isPresent()) {
        t.put("lanesNeeded", search.lanesNeeded().get().hall().lanes());
      } else {
        t.putNull("lanesNeeded");
      }
      ArrayNode tried = t.putArray("tried");
      for (CapacityReport r : search.tried()) {
        ObjectNode row = tried.addObject();
        row.put("lanes", r.hall().lanes());
        Estimate p95 = r.measured().orElseThrow().waitP95Seconds();
        row.put("waitP95Seconds", round(p95.mean()));
        row.put("waitP95SecondsHigh", round(p95.high()));
      }
      search.lanesNeeded().ifPresent(r -> t.set("result", report(r)));
    }
    return o;
  }

  private static ObjectNode report(CapacityReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    GateHall hall = r.hall();
    o.put("lanes", hall.lanes());
    o.put("offeredUtilization", round(hall.offeredUtilization()));
    o.put("stable", r.stable());
    if (!r.stable()) {
      o.put("message", "offered load " + round(hall.offeredLoadErlangs()) + " Erlangs is not below " + hall.lanes()
          + " lanes: the queue grows without bound, so no waits are reported");
      return o;
    }
    Measured m = r.measured().orElseThrow();
    o.put("travelersMeasured", m.travelersMeasured());
    o.put("waitMeanSeconds", round(m.waitMeanSeconds().mean()));
    o.put("waitP50Seconds", round(m.waitP50Seconds().mean()));
    o.put("waitP90Seconds", round(m.waitP90Seconds().mean()));
    o.put("waitP95Seconds", round(m.waitP95Seconds().mean()));
    o.put("waitP99Seconds", round(m.waitP99Seconds().mean()));
    o.put("waitMaxSeconds", round(m.waitMaxSeconds().mean()));
    o.put("utilization", round(m.utilization().mean()));
    o.put("queueLengthMean", round(m.queueLengthMean().mean()));
    o.put("queueLengthMax", round(m.queueLengthMax().mean()));
    o.put("throughputPerHour", round(m.throughputPerHour().mean()));
    o.put("throughputPerLaneHour", round(m.throughputPerHour().mean() / hall.lanes()));
    ObjectNode ci = o.putObject("confidence95");
    interval(ci, "waitMeanSeconds", m.waitMeanSeconds());
    interval(ci, "waitP50Seconds", m.waitP50Seconds());
    interval(ci, "waitP90Seconds", m.waitP90Seconds());
    interval(ci, "waitP95Seconds", m.waitP95Seconds());
    interval(ci, "waitP99Seconds", m.waitP99Seconds());
    interval(ci, "utilization", m.utilization());
    interval(ci, "queueLengthMean", m.queueLengthMean());
    interval(ci, "throughputPerHour", m.throughputPerHour());
    return o;
  }

  private static void interval(ObjectNode ci, String key, Estimate e) {
    ci.putArray(key).add(round(Math.max(0, e.low()))).add(round(e.high()));
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
