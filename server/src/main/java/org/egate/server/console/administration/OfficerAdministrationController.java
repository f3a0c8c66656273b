package org.egate.server.console.administration;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.security.Actors;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list officer accounts and create new ones (Argon2id through {@link OfficerAccounts}); each creation is audited. */
@Controller
class OfficerAdministrationController {
  private static final List<Role> OFFICER_ROLES = List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);

  private final JdbcClient jdbc;
  private final OfficerAccounts officers;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  OfficerAdministrationController(JdbcClient jdbc, OfficerAccounts officers, AuditLog audit, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.officers = officers;
    this.audit = audit;
    this.tx = tx;
  }

  record Account(String username, String displayName, String roles, boolean enabled, Instant createdAt) {}

  @GetMapping("/console/officers")
  String page(Model model) {
    model.addAttribute("accounts", jdbc.sql("select username, display_name, roles, enabled, created_at from officer order by username")
        .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getTimestamp(5).toInstant()))
        .list());
    model.addAttribute("officerRoles", OFFICER_ROLES);
    return "console/officers";
  }

  @PostMapping("/console/officers")
  String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<Role> roles, RedirectAttributes flash) {
    if (roles == null || roles.isEmpty() || roles.contains(Role.LANE)) {
      flash.addFlashAttribute("errorKey", "officers.rolesMissing");
    } else if (officers.exists(username)) {
      flash.addFlashAttribute("errorKey", "officers.exists");
    } else {
      try {
        tx.executeWithoutResult(s -> {
          officers.create(username, password, EnumSet.copyOf(roles), displayName.isBlank() ? username : displayName.strip());
          audit.append(Actors.current(), AuditAction.OFFICER_CREATED, "officer:" + username, "administration", "roles=" + roles + " via=console");
        });
        flash.addFlashAttribute("doneKey", "officers.created");
      } catch (IllegalArgumentException e) {
        // user name or password breaks the account rules; the message names the rule, never the password
        flash.addFlashAttribute("errorKey", e.getMessage().startsWith("password") ? "officers.badPassword" : "officers.badUsername");
      }
    }
    return "redirect:/console/officers";
  }
}
