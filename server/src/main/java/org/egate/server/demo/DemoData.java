package org.egate.server.demo;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egate.border.site.Lane;
import org.egate.border.site.SiteDirectory;
import org.egate.server.security.LaneCredentials;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo officers (one per role, published passwords: a demo, never production) and a credential for
 * every lane, so simulated lanes can sign their requests.
 */
@Component
public class DemoData {
  /** A demo login. */
  public record Login(String username, String password, Role role) {}

  public static final List<Login> LOGINS = List.of(
      new Login("officer", "demo-officer-pass", Role.OFFICER),
      new Login("supervisor", "demo-supervisor-pass", Role.SUPERVISOR),
      new Login("admin", "demo-admin-password", Role.ADMIN),
      new Login("auditor", "demo-auditor-pass", Role.AUDITOR));

  private final OfficerAccounts officers;
  private final LaneCredentials credentials;
  private final SiteDirectory sites;
  private final TransactionTemplate tx;

  DemoData(OfficerAccounts officers, LaneCredentials credentials, SiteDirectory sites, TransactionTemplate tx) {
    this.officers = officers;
    this.credentials = credentials;
    this.sites = sites;
    this.tx = tx;
  }

  /** Creates the demo officers that do not exist yet and returns base64 lane secrets by lane id (issued anew). */
  public Map<String, String> seed() {
    return tx.execute(s -> {
      for (Login l : LOGINS) {
        if (!officers.exists(l.username())) {
          officers.create(l.username(), l.password(), EnumSet.of(l.role()), "Demo " + l.role().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      Map<String, String> secrets = new LinkedHashMap<>();
      List<Lane> lanes = new ArrayList<>(sites.lanes());
      for (Lane lane : lanes) {
        secrets.put(lane.id().value(), Base64.getEncoder().encodeToString(credentials.issue(lane.id().value())));
      }
      return secrets;
    });
  }
}
