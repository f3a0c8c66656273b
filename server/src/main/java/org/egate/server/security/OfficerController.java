package org.egate.server.security;

import java.util.EnumSet;
import java.util.List;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create officer accounts; the password is hashed at once and never returned. */
@RestController
class OfficerController {
  private final OfficerAccounts officers;
  private final AuditLog audit;

  OfficerController(OfficerAccounts officers, AuditLog audit) {
    this.officers = officers;
    this.audit = audit;
  }

  record NewOfficer(String username, String password, List<Role> roles, String displayName) {}

  record Created(String username, List<Role> roles) {}

  @PostMapping("/api/officers")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Created create(@RequestBody NewOfficer body) {
    if (body.username() == null || body.password() == null || body.roles() == null || body.roles().isEmpty()) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "username, password and roles are required");
    }
    if (officers.exists(body.username())) {
      throw new ProblemException(ProtocolReason.STATE_CONFLICT, "officer " + body.username() + " already exists");
    }
    officers.create(body.username(), body.password(), EnumSet.copyOf(body.roles()),
        body.displayName() == null ? body.username() : body.displayName());
    audit.append(Actors.current(), AuditAction.OFFICER_CREATED, "officer:" + body.username(), "administration", "roles=" + body.roles());
    return new Created(body.username(), body.roles());
  }
}
