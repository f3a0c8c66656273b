package org.egate.server.console.traveler;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanId;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.traveler.TravelerId;
import org.egate.border.traveler.TravelerRepository;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors impose and lift exit bans from the console; each change and the list read are audited with the reason given. */
@Component
class ExitBanDesk {
  static final int TEXT_MAX = 200;

  private final ExitBanRepository bans;
  private final TravelerRepository travelers;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ExitBanDesk(ExitBanRepository bans, TravelerRepository travelers, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.bans = bans;
    this.travelers = travelers;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A change the desk refused; {@code messageKey} names the console message. */
  static final class Refusal extends RuntimeException {
    final String messageKey;

    Refusal(String messageKey) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
    }
  }

  /** Bans not lifted and not yet ended (in force now or starting later); the read is audited. */
  @Transactional
  List<ExitBan> current(String actor) {
    LocalDate today = LocalDate.now(clock);
    List<UUID> ids = jdbc.sql("select id from exit_ban where lifted_on is null and (ends_on is null or ends_on >= ?) order by starts_on limit 500")
        .param(Date.valueOf(today)).query(UUID.class).list();
    audit.append(actor, AuditAction.PERSONAL_DATA_READ, "exit-bans:current", "exit ban list", "console: " + ids.size() + " bans");
    return ids.stream().map(id -> bans.find(new ExitBanId(id)).orElseThrow()).toList();
  }

  @Transactional
  ExitBan impose(TravelerId traveler, LocalDate startsOn, LocalDate endsOn, String authority, String reason, String actor) {
    if (travelers.find(traveler).isEmpty()) {
      throw new Refusal("exitBans.noTraveler");
    }
    LocalDate start = startsOn == null ? LocalDate.now(clock) : startsOn;
    if (endsOn != null && endsOn.isBefore(start)) {
      throw new Refusal("exitBans.endsBeforeStart");
    }
    ExitBan ban = new ExitBan(bans.nextId(), traveler, start, endsOn, null, authority);
    bans.save(ban);
    audit.append(actor, AuditAction.EXIT_BAN_IMPOSED, "traveler:" + traveler, reason, "exitBan=" + ban.id() + " authority=" + authority + " via=console");
    return ban;
  }

  @Transactional
  ExitBan lift(ExitBanId id, String reason, String actor) {
    ExitBan ban = bans.find(id).orElseThrow(() -> new Refusal("exitBans.noBan"));
    if (ban.liftedOn() != null) {
      throw new Refusal("exitBans.alreadyLifted");
    }
    LocalDate today = LocalDate.now(clock);
    ExitBan lifted = ban.liftOn(today.isBefore(ban.startsOn()) ? ban.startsOn() : today);
    bans.save(lifted);
    audit.append(actor, AuditAction.EXIT_BAN_LIFTED, "traveler:" + ban.traveler(), reason, "exitBan=" + ban.id() + " via=console");
    return lifted;
  }
}
