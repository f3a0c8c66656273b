package org.egate.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.document.mrz.MrzReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario of the library, end to end in process: a simulated lane (typical devices,
 * virtual time) asking the border domain on its fakes. The run against the real server (HTTP,
 * PostgreSQL) is left to the server's integration: same library, another {@link ScenarioBackend}.
 */
class ScenarioLibraryTest {
  @TempDir Path dir;

  @Test
  void everyScenarioEndsWithItsExpectedReasonCode() {
    List<ScenarioResult> results = new ScenarioRunner(dir, 7).runAll(ScenarioLibrary.all(), BorderWorldBackend::new);

    results.forEach(r -> System.out.println((r.matches() ? "ok       " : "MISMATCH ") + r));
    assertThat(results).hasSize(ScenarioLibrary.all().size());
    assertThat(results).filteredOn(r -> !r.matches()).as("mismatches").isEmpty();
  }

  @Test
  void theLibraryCoversEveryRuleTheIssueNames() {
    assertThat(ScenarioLibrary.all()).extracting(Scenario::expected).contains(
        ReasonCode.OCCLUSION_MASK, ReasonCode.TROLLEY_IN_ZONE, ReasonCode.MORE_THAN_ONE_PERSON,
        ReasonCode.CHILD_IN_LANE, ReasonCode.EXIT_BAN, ReasonCode.DOCUMENT_NOT_VALID_AT_SITE,
        ReasonCode.RESIDENCE_PERMIT_EXPIRED, ReasonCode.NOT_ENROLLED, ReasonCode.FINGER_MISMATCH,
        ReasonCode.LANE_NOT_YET_OPEN, ReasonCode.SERVER_UNAVAILABLE, ReasonCode.CLEARED);
    assertThat(ScenarioLibrary.all()).extracting(Scenario::name).doesNotHaveDuplicates()
        .contains("sunglasses removed when asked", "hat kept on, fingerprint decides",
            "face mismatch rescued by fingerprint");
  }

  @Test
  void everyScenarioDocumentHasAValidMrz() {
    for (Scenario s : ScenarioLibrary.all()) {
      assertThat(MrzReader.read(s.traveler().document().mrz(), s.day()).valid()).as(s.name()).isTrue();
    }
  }

  @Test
  void acceptedCrossingsReachTheServerOnceAndRefusalsAreJournaledToo() {
    BorderWorldBackend backend = new BorderWorldBackend();
    ScenarioResult cleared = new ScenarioRunner(dir, 7).run(ScenarioLibrary.named("cleared by face"), backend);
    assertThat(cleared.matches()).isTrue();
    assertThat(cleared.journaled()).isTrue();
    assertThat(backend.server().crossings()).hasSize(1);
    assertThat(ScenarioLibrary.named("server down").expectedOutcome()).isEqualTo(Outcome.REFER);
  }

  @Test
  void aWrongExpectationIsReportedAsAMismatch() {
    Scenario s = ScenarioLibrary.named("cleared by face");
    Scenario wrong = new Scenario("wrong", s.rule(), s.laneId(), s.at(), s.traveler(), s.enrolledOn(), true, true,
        ReasonCode.NOT_ENROLLED, java.util.Optional.empty());
    ScenarioResult r = new ScenarioRunner(dir, 7).run(wrong, new BorderWorldBackend());
    assertThat(r.matches()).isFalse();
    assertThat(r.toString()).contains("expected NOT_ENROLLED, got CLEARED");
  }

  @Test
  void aScenarioThatContradictsItselfIsRefused() {
    Scenario notEnrolled = ScenarioLibrary.named("not enrolled");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Scenario("x", "r", "TAOYUAN-T2-D01", notEnrolled.at(),
            notEnrolled.traveler(), java.util.Optional.of(LocalDate.of(2024, 1, 1)), true, true, ReasonCode.CLEARED,
            java.util.Optional.empty()))
        .hasMessageContaining("enrolled false");
  }
}
