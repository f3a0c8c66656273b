package org.egate.server.console.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.egate.border.site.Lane;
import org.egate.border.site.Site;
import org.egate.border.site.SiteDirectory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.egate.border.site.LaneId;
import org.egate.server.security.Actors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live lane board: every site's lanes with their state and last decisions, updated over SSE. */
@Controller
class LaneBoardController {
  private final SiteDirectory sites;
  private final BoardStreams streams;
  private final LaneActivity activity;
  private final Clock clock;

  private final LaneControls controls;

  LaneBoardController(SiteDirectory sites, BoardStreams streams, LaneActivity activity, LaneControls controls, Clock clock) {
    this.controls = controls;
    this.sites = sites;
    this.streams = streams;
    this.activity = activity;
    this.clock = clock;
  }

  /** One site's lanes; the site's name in both languages. */
  record SiteLanes(String id, String nameZhTw, String nameEn, List<LaneRow> lanes) {}

  @GetMapping("/console/board")
  String board(Model model) {
    LocalDate today = LocalDate.now(clock);
    List<Lane> lanes = sites.lanes();
    List<SiteLanes> groups = sites.sites().stream()
        .map(s -> siteLanes(s, lanes, today))
        .filter(g -> !g.lanes().isEmpty())
        .toList();
    model.addAttribute("sites", groups);
    model.addAttribute("today", today);
    model.addAttribute("dropped", activity.dropped());
    return "console/board";
  }

  private SiteLanes siteLanes(Site site, List<Lane> lanes, LocalDate today) {
    return new SiteLanes(site.id().toString(), site.name().zhTw(), site.name().english(), lanes.stream()
        .filter(l -> l.site().equals(site.id()))
        .sorted(Comparator.comparing(l -> l.id().value()))
        .map(l -> streams.row(l, today))
        .toList());
  }

  /** Close or reopen a lane (SUPERVISOR, ADMIN); every open board shows the new state at once. */
  @PostMapping("/console/board/lanes/{laneId}")
  String setLane(@PathVariable String laneId, @RequestParam String action, @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    LaneId id;
    try {
      id = LaneId.of(laneId);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("errorKey", "board.noLane");
      return "redirect:/console/board";
    }
    if (reason.isBlank() || reason.length() > LaneControls.REASON_MAX) {
      flash.addFlashAttribute("errorKey", "board.reasonMissing");
    } else if (controls.set(id, "reopen".equals(action), reason.strip(), Actors.current())) {
      streams.refresh(id.value());
      flash.addFlashAttribute("doneKey", "reopen".equals(action) ? "board.reopened" : "board.closedNow");
    } else {
      flash.addFlashAttribute("errorKey", "board.noChange");
    }
    return "redirect:/console/board";
  }

  @GetMapping(value = "/console/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events(Locale locale) {
    return streams.open(locale);
  }
}
