package org.egate.server.console.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.egate.border.crossing.Crossing;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;

/** One lane as the board shows it: where, which way, its state today and its last decisions. */
record LaneRow(String id, String site, String terminal, String direction, String status, boolean servesToday,
    LocalDate opensOn, List<Shown> recent) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** One recent decision, its time in Asia/Taipei. */
  record Shown(String time, String kind, ReasonCode reason, String outcome) {}

  static LaneRow of(Lane lane, LocalDate today, List<LaneEvent> events) {
    return new LaneRow(lane.id().value(), lane.site().toString(), lane.location().terminal().toString(), lane.direction().name(),
        lane.status().name(), lane.servesOn(today), lane.opensOn(),
        events.stream().map(e -> new Shown(TIME.format(e.at().atZone(Crossing.ZONE)), e.kind().name(), e.reason(), e.outcome())).toList());
  }
}
