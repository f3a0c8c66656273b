package org.egate.server.exitban;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanId;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.traveler.TravelerId;
import org.egate.border.traveler.TravelerRepository;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors impose, lift and look up exit bans; each action is audited with its reason. */
@RestController
class ExitBanController {
  private final ExitBanRepository bans;
  private final TravelerRepository travelers;
  private final AuditLog audit;
  private final Clock clock;

  ExitBanController(ExitBanRepository bans, TravelerRepository travelers, AuditLog audit, Clock clock) {
    this.bans = bans;
    this.travelers = travelers;
    this.audit = audit;
    this.clock = clock;
  }

  record NewExitBan(UUID traveler, LocalDate startsOn, LocalDate endsOn, String authority) {}

  record Lifting(LocalDate liftedOn) {}

  record ExitBanView(UUID id, UUID traveler, LocalDate startsOn, LocalDate endsOn, LocalDate liftedOn, String authority, boolean inForceToday) {
    static ExitBanView of(ExitBan b, LocalDate today) {
      return new ExitBanView(b.id().value(), b.traveler().value(), b.startsOn(), b.endsOn(), b.liftedOn(), b.authority(), b.isInForceOn(today));
    }
  }

  @PostMapping("/api/exit-bans")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ExitBanView impose(@RequestBody NewExitBan body) {
    if (body.traveler() == null || body.authority() == null || body.authority().isBlank()) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "traveler and authority are required");
    }
    TravelerId traveler = new TravelerId(body.traveler());
    if (travelers.find(traveler).isEmpty()) {
      throw new ProblemException(ProtocolReason.NOT_FOUND, "no traveler " + traveler);
    }
    LocalDate today = LocalDate.now(clock);
    ExitBan ban = new ExitBan(bans.nextId(), traveler, body.startsOn() == null ? today : body.startsOn(), body.endsOn(), null, body.authority());
    bans.save(ban);
    audit.append(Actors.current(), AuditAction.EXIT_BAN_IMPOSED, "traveler:" + traveler, body.authority(), "exitBan=" + ban.id());
    return ExitBanView.of(ban, today);
  }

  @PostMapping("/api/exit-bans/{id}/lifting")
  @Transactional
  ExitBanView lift(@PathVariable String id, @RequestBody(required = false) Lifting body) {
    LocalDate today = LocalDate.now(clock);
    ExitBan ban = bans.find(ExitBanId.of(id)).orElseThrow(() -> new ProblemException(ProtocolReason.NOT_FOUND, "no exit ban " + id));
    if (ban.liftedOn() != null) {
      throw new ProblemException(ProtocolReason.STATE_CONFLICT, "exit ban " + id + " was already lifted on " + ban.liftedOn());
    }
    ExitBan lifted = ban.liftOn(body == null || body.liftedOn() == null ? today : body.liftedOn());
    bans.save(lifted);
    audit.append(Actors.current(), AuditAction.EXIT_BAN_LIFTED, "traveler:" + ban.traveler(), "lifted", "exitBan=" + ban.id());
    return ExitBanView.of(lifted, today);
  }

  @GetMapping("/api/exit-bans")
  @Transactional
  List<ExitBanView> forTraveler(@RequestParam("traveler") String traveler, @RequestParam(value = "why", defaultValue = "") String why) {
    TravelerId id = TravelerId.of(traveler);
    audit.append(Actors.current(), AuditAction.PERSONAL_DATA_READ, "traveler:" + id, why.isBlank() ? "exit ban lookup" : why, "exit bans");
    LocalDate today = LocalDate.now(clock);
    return bans.forTraveler(id).stream().map(b -> ExitBanView.of(b, today)).toList();
  }
}
