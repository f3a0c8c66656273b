package org.egate.simulator.scenario;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.reason.ReasonCode;
import org.egate.border.enrollment.EnrollmentOutcome;
import org.egate.border.exitban.ExitBan;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.identity.LossReport;
import org.egate.border.traveler.TravelerId;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.device.simulated.SimulatedTemplates;
import org.egate.lane.journal.JournalSink;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.population.TravelDocument;

/**
 * The border domain on its in-memory fakes ({@link BorderWorld}) behind an {@link InProcessServer}:
 * enrolls the scenario's traveler through the enrollment desk on the day they enrolled (so the
 * eligibility rules of that day apply), imposes the exit ban, files the loss report, then sets the
 * clock to the scenario's moment.
 */
final class BorderWorldBackend implements ScenarioBackend {
  private BorderWorld world;
  private InProcessServer server;

  @Override
  public Optional<ReasonCode> arrange(Scenario s) {
    SimulatedTraveler t = s.traveler();
    world = new BorderWorld(s.enrolledOn().orElse(s.day()));
    server = new InProcessServer(world.authorizer, world.clock);
    TravelerId id = travelerId(t);
    DocumentKey key = keyOf(t);
    Optional<ReasonCode> refused = Optional.empty();
    if (s.enrolledOn().isPresent()) {
      world.clock.setDay(s.enrolledOn().get());
      EnrollmentOutcome outcome = enroll(world, t, s.fingerprintsEnrolled());
      if (outcome.stored().isEmpty()) {
        refused = Optional.of(outcome.reason());
      } else if (s.withdrawn()) {
        world.enrollmentDesk.withdraw(outcome.stored().get().id(), "traveler withdrew");
      }
    }
    world.clock.set(s.day(), s.at().toLocalTime());
    if (t.exitBan()) {
      world.exitBans.save(ExitBan.imposed(world.exitBans.nextId(), id, s.day().minusDays(10), "Taipei District Court"));
    }
    if (t.documentLostOrStolen()) {
      world.lostStolen.report(new LossReport(key, s.day().minusDays(3), "holder's report"));
    }
    return refused;
  }

  @Override
  public void takeDown() {
    server.setUp(false);
  }

  @Override
  public void bringBack() {
    if (server != null) {
      server.setUp(true);
    }
  }

  @Override
  public int crossingsHeld(IdempotencyKey key) {
    return server.crossings().containsKey(key) ? 1 : 0;
  }

  static TravelerId travelerId(SimulatedTraveler t) {
    return new TravelerId(UUID.nameUUIDFromBytes(t.biometricId().getBytes(StandardCharsets.UTF_8)));
  }

  static DocumentKey keyOf(SimulatedTraveler t) {
    TravelDocument d = t.document();
    return DocumentKey.of(DocumentKind.of(d.type()), d.issuer(), d.number());
  }

  /** Enrolls the traveler through the world's enrollment desk on the world clock's day. */
  static EnrollmentOutcome enroll(BorderWorld world, SimulatedTraveler t, boolean fingerprints) {
    TravelDocument d = t.document();
    return world.enrollmentDesk.enroll(Applications.of(t.category())
        .traveler(travelerId(t))
        .bornOn(t.birthDate())
        .height(t.heightCm())
        .biometrics(fingerprints
            ? SimulatedTemplates.faceAndFingers(t.biometricId())
            : SimulatedTemplates.faceOnly(t.biometricId()))
        .replace(DocumentKind.of(d.type()), new IdentityDocument(keyOf(t), d.expiresOn()))
        .build());
  }

  @Override
  public AuthorizationService authorization() {
    return server;
  }

  @Override
  public JournalSink crossings() {
    return server;
  }

  InProcessServer server() {
    return server;
  }
}
