package org.egate.server.console.board;

import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.site.SqlSiteDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors and administrators close or reopen a lane from the board, with a reason that is audited. */
@Component
class LaneControls {
  static final int REASON_MAX = 200;

  private final SqlSiteDirectory sites;
  private final AuditLog audit;

  LaneControls(SqlSiteDirectory sites, AuditLog audit) {
    this.sites = sites;
    this.audit = audit;
  }

  /** Closes ({@code open == false}) or reopens the lane; false when it is unknown or already so. */
  @Transactional
  boolean set(LaneId id, boolean open, String reason, String actor) {
    Lane lane = sites.lane(id).orElse(null);
    if (lane == null || (lane.status() == org.egate.border.site.LaneStatus.IN_SERVICE) == open) {
      return false;
    }
    sites.save(open ? lane.reopen() : lane.close());
    audit.append(actor, AuditAction.OVERRIDE, "lane:" + id, reason, (open ? "lane reopened" : "lane closed") + " via=console");
    return true;
  }
}
