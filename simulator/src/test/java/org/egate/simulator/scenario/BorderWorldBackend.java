package org.egate.simulator.scenario;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
  public void arrange(Scenario s) {
    SimulatedTraveler t = s.traveler();
    world = new BorderWorld(s.enrolledOn().orElse(s.day()));
    server = new InProcessServer(world.authorizer, world.clock);
    TravelerId id = new TravelerId(UUID.nameUUIDFromBytes(t.biometricId().getBytes(StandardCharsets.UTF_8)));
    TravelDocument d = t.document();
    DocumentKey key = DocumentKey.of(DocumentKind.of(d.type()), d.issuer(), d.number());
    if (s.enrolledOn().isPresent()) {
      EnrollmentOutcome outcome = world.enrollmentDesk.enroll(Applications.of(t.category())
          .traveler(id)
          .bornOn(t.birthDate())
          .height(t.heightCm())
          .biometrics(s.fingerprintsEnrolled()
              ? SimulatedTemplates.faceAndFingers(t.biometricId())
              : SimulatedTemplates.faceOnly(t.biometricId()))
          .replace(DocumentKind.of(d.type()), new IdentityDocument(key, d.expiresOn()))
          .build());
      if (outcome.stored().isEmpty()) {
        throw new IllegalStateException("scenario '" + s.name() + "': enrollment refused: " + outcome.reason());
      }
    }
    world.clock.set(s.day(), s.at().toLocalTime());
    if (t.exitBan()) {
      world.exitBans.save(ExitBan.imposed(world.exitBans.nextId(), id, s.day().minusDays(10), "Taipei District Court"));
    }
    if (t.documentLostOrStolen()) {
      world.lostStolen.report(new LossReport(key, s.day().minusDays(3), "holder's report"));
    }
    server.setUp(s.serverUp());
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
