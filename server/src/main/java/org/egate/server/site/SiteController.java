package org.egate.server.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.egate.border.site.Direction;
import org.egate.border.site.EnrollmentPlace;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.LaneStatus;
import org.egate.border.site.Location;
import org.egate.border.site.Site;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.security.Actors;
import org.egate.server.security.LaneCredentials;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sites and lanes: reading them, and the administrator's lane changes and lane credentials. */
@RestController
class SiteController {
  private final SqlSiteDirectory directory;
  private final LaneCredentials credentials;
  private final AuditLog audit;
  private final Clock clock;

  SiteController(SqlSiteDirectory directory, LaneCredentials credentials, AuditLog audit, Clock clock) {
    this.directory = directory;
    this.credentials = credentials;
    this.audit = audit;
    this.clock = clock;
  }

  record TerminalView(String code, String nameZhTw, String nameEn, Map<Direction, LocalDate> opensOn) {}

  record SiteView(String id, String nameZhTw, String nameEn, String kind, String portCode, List<TerminalView> terminals) {
    static SiteView of(Site s) {
      return new SiteView(s.id().value(), s.name().zhTw(), s.name().english(), s.kind().name(),
          s.port().map(Object::toString).orElse(null),
          s.terminals().stream().map(t -> new TerminalView(t.code().value(), t.name().zhTw(), t.name().english(), t.opensOn())).toList());
    }
  }

  record PlaceView(String site, String terminal, String nameZhTw, String nameEn, LocalDate opensOn) {
    static PlaceView of(EnrollmentPlace p) {
      return new PlaceView(p.location().site().value(), p.location().terminal().value(), p.name().zhTw(), p.name().english(), p.opensOn());
    }
  }

  record SitesView(List<SiteView> sites, List<PlaceView> enrollmentPlaces) {}

  record LaneView(String id, String site, String terminal, Direction direction, LocalDate opensOn, LaneStatus status, boolean servesToday) {
    static LaneView of(Lane l, LocalDate today) {
      return new LaneView(l.id().value(), l.site().value(), l.location().terminal().value(), l.direction(), l.opensOn(), l.status(), l.servesOn(today));
    }
  }

  /** A new lane; {@code opensOn} defaults to the terminal's opening day in that direction. */
  record NewLane(String id, String site, String terminal, Direction direction, LocalDate opensOn) {}

  record LaneCredentialView(String laneId, String secret) {}

  record CreatedLane(LaneView lane, String secret) {}

  @GetMapping("/api/sites")
  SitesView sites() {
    return new SitesView(directory.sites().stream().map(SiteView::of).toList(),
        directory.enrollmentPlaces().stream().map(PlaceView::of).toList());
  }

  @GetMapping("/api/lanes")
  List<LaneView> lanes() {
    LocalDate today = LocalDate.now(clock);
    return directory.lanes().stream().map(l -> LaneView.of(l, today)).toList();
  }

  @PostMapping("/api/lanes")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  CreatedLane create(@RequestBody NewLane body) {
    if (body.site() == null || body.terminal() == null || body.direction() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "site, terminal and direction are required");
    }
    SiteId siteId = SiteId.of(body.site());
    TerminalCode terminalCode = TerminalCode.of(body.terminal());
    Site site = directory.site(siteId)
        .orElseThrow(() -> new ProblemException(ProtocolReason.NOT_FOUND, "no site " + siteId));
    var terminal = site.terminal(terminalCode)
        .orElseThrow(() -> new ProblemException(ProtocolReason.NOT_FOUND, "site " + siteId + " has no terminal " + terminalCode));
    LocalDate opens = body.opensOn() != null ? body.opensOn() : terminal.opensOn(body.direction())
        .orElseThrow(() -> new ProblemException(ProtocolReason.MISSING_FIELD,
            "terminal " + terminalCode + " has no " + body.direction() + " opening day; give opensOn"));
    LaneId id = body.id() != null ? LaneId.of(body.id()) : nextLaneId(siteId, terminalCode, body.direction());
    if (directory.lane(id).isPresent()) {
      throw new ProblemException(ProtocolReason.STATE_CONFLICT, "lane " + id + " already exists");
    }
    Lane lane = new Lane(id, Location.of(siteId, terminalCode), body.direction(), opens, LaneStatus.IN_SERVICE);
    directory.save(lane);
    byte[] secret = credentials.issue(id.value());
    audit.append(Actors.current(), AuditAction.LANE_CREATED, "lane:" + id, "administration", "opensOn=" + opens);
    return new CreatedLane(LaneView.of(lane, LocalDate.now(clock)), Base64.getEncoder().encodeToString(secret));
  }

  @PostMapping("/api/lanes/{laneId}/credentials")
  @Transactional
  LaneCredentialView issue(@PathVariable String laneId) {
    LaneId id = existing(laneId).id();
    byte[] secret = credentials.issue(id.value());
    audit.append(Actors.current(), AuditAction.LANE_CREATED, "lane:" + id, "credentials reissued", "");
    return new LaneCredentialView(id.value(), Base64.getEncoder().encodeToString(secret));
  }

  @PostMapping("/api/lanes/{laneId}/closure")
  @Transactional
  LaneView close(@PathVariable String laneId) {
    Lane lane = existing(laneId).close();
    directory.save(lane);
    audit.append(Actors.current(), AuditAction.OVERRIDE, "lane:" + lane.id(), "lane closed", "");
    return LaneView.of(lane, LocalDate.now(clock));
  }

  @PostMapping("/api/lanes/{laneId}/reopening")
  @Transactional
  LaneView reopen(@PathVariable String laneId) {
    Lane lane = existing(laneId).reopen();
    directory.save(lane);
    audit.append(Actors.current(), AuditAction.OVERRIDE, "lane:" + lane.id(), "lane reopened", "");
    return LaneView.of(lane, LocalDate.now(clock));
  }

  private Lane existing(String laneId) {
    LaneId id = LaneId.of(laneId);
    return directory.lane(id).orElseThrow(() -> new ProblemException(ProtocolReason.NOT_FOUND, "no lane " + id));
  }

  private LaneId nextLaneId(SiteId site, TerminalCode terminal, Direction direction) {
    for (int n = 1; n <= 99; n++) {
      LaneId id = LaneId.of(site, terminal, direction, n);
      if (directory.lane(id).isEmpty()) {
        return id;
      }
    }
    throw new ProblemException(ProtocolReason.STATE_CONFLICT, "terminal " + terminal + " at " + site + " already has 99 " + direction + " lanes");
  }
}
