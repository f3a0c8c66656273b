package org.egate.server.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.site.Location;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.PersonName;
import org.egate.border.traveler.Traveler;
import org.egate.border.traveler.TravelerRepository;
import org.egate.server.TestServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Travelers, enrollments and referrals written straight through the public repositories, so the
 * console tests need no biometric engines or sample images (templates are empty).
 */
final class ConsoleFixtures {
  private static final AtomicInteger SERIAL = new AtomicInteger(7000);

  private ConsoleFixtures() {}

  record Seeded(UUID traveler, UUID enrollment, String documentNumber) {}

  static String documentNumber() {
    return "C" + SERIAL.incrementAndGet() + (System.nanoTime() % 1000);
  }

  /** A national with an ROC passport, enrolled at Taoyuan T2 with the given status. */
  static Seeded enrolled(String surname, String givenNames, EnrollmentStatus status) {
    String number = documentNumber();
    return TestServer.bean(TransactionTemplate.class).execute(s -> {
      TravelerRepository travelers = TestServer.bean(TravelerRepository.class);
      EnrollmentRepository enrollments = TestServer.bean(EnrollmentRepository.class);
      Traveler t = new Traveler(travelers.nextId(), new PersonName(surname, givenNames), LocalDate.of(1980, 3, 3), "TWN");
      travelers.save(t);
      LocalDate day = LocalDate.of(2026, 1, 5);
      Enrollment e = new Enrollment(enrollments.nextId(), t.id(), Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION,
          List.of(new IdentityDocument(DocumentKey.of(DocumentKind.parse("ROC_PASSPORT"), "TWN", number), LocalDate.of(2034, 1, 1))),
          BiometricSet.none(), null, Height.ofCentimeters(170), Location.of(SiteId.of("TAOYUAN"), TerminalCode.of("T2")), day,
          RuleVersionId.of("2012-01-01"), status, day, status == EnrollmentStatus.ACTIVE ? "" : "duplicate check hit");
      enrollments.save(e);
      return new Seeded(t.id().value(), e.id().value(), number);
    });
  }

  /** An open referral for a pending enrollment, with one made-up candidate. */
  static UUID openReferral(UUID enrollment) {
    UUID id = UUID.randomUUID();
    TestServer.bean(TransactionTemplate.class).executeWithoutResult(s -> TestServer.bean(JdbcClient.class)
        .sql("insert into referral (id, enrollment_id, candidates, status, created_at) values (?, ?, ?, 'OPEN', ?)")
        .params(id, enrollment, UUID.randomUUID().toString(), Timestamp.from(Instant.now())).update());
    return id;
  }

  /** Audit entries matching actor, action and subject (chained or not yet). */
  static List<String> auditReasons(String actor, String action, String subject) {
    return TestServer.bean(JdbcClient.class)
        .sql("select reason from audit_entry where actor = ? and action = ? and subject = ? order by id")
        .params(actor, action, subject).query(String.class).list();
  }
}
