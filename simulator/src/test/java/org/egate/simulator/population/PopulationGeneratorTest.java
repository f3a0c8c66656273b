package org.egate.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.egate.border.eligibility.Category;
import org.egate.border.traveler.Age;
import org.egate.document.catalog.DocumentType;
import org.egate.document.catalog.NationalIdNumber;
import org.egate.document.catalog.ResidentCertificateNumber;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.lane.device.simulated.Accessory;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final PopulationParameters P = PopulationParameters.DEFAULTS;
  private static final List<SimulatedTraveler> MANY = new PopulationGenerator(P, DAY).generate(20_000, 42);

  private static double share(Predicate<SimulatedTraveler> p) {
    return MANY.stream().filter(p).count() / (double) MANY.size();
  }

  /** Within 4 binomial standard deviations of the stated share (a false alarm about once in 15,000 runs). */
  private static void near(double measured, double expected) {
    double sd = Math.sqrt(expected * (1 - expected) / MANY.size());
    assertThat(measured).isCloseTo(expected, within(4 * sd + 1e-9));
  }

  @Test
  void sameSeedSamePopulationAndAnotherSeedAnother() {
    PopulationGenerator g = new PopulationGenerator(P, DAY);
    assertThat(g.generate(500, 7)).isEqualTo(g.generate(500, 7));
    assertThat(g.generate(500, 7)).isNotEqualTo(g.generate(500, 8));
    // traveler i does not depend on how many are drawn
    assertThat(g.generate(10, 7)).isEqualTo(g.generate(500, 7).subList(0, 10));
  }

  @Test
  void everyGeneratedMrzIsValidAndCarriesTheTravelersFields() {
    for (SimulatedTraveler t : MANY) {
      MrzResult r = MrzReader.read(t.document().mrz(), DAY);
      assertThat(r.valid()).as(t.document().mrz() + " " + r.findings()).isTrue();
      MrzData d = r.data().orElseThrow();
      assertThat(d.documentNumber()).isEqualTo(t.document().number());
      assertThat(d.birthDate()).isEqualTo(t.birthDate());
      assertThat(d.expiryDate()).isEqualTo(t.document().expiresOn());
      assertThat(d.nationality()).isEqualTo(t.nationality());
      assertThat(d.surname()).isEqualTo(t.surname());
      assertThat(DocumentType.fromMrz(d.documentCode(), d.issuer())).contains(t.document().type());
    }
  }

  @Test
  void holderIdNumbersPassTheirUniformIdCheck() {
    for (SimulatedTraveler t : MANY) {
      String id = t.document().holderIdNumber();
      switch (t.document().type()) {
        case ROC_PASSPORT, KINMEN_MATSU_PERMIT -> assertThat(NationalIdNumber.isValid(id)).as(id).isTrue();
        case DIPLOMAT_ID -> assertThat(id).isEmpty();
        default -> assertThat(ResidentCertificateNumber.isValid(id)).as(id).isTrue();
      }
    }
  }

  @Test
  void categorySharesFollowTheMix() {
    for (Map.Entry<Category, Double> e : P.categoryMix().entrySet()) {
      near(share(t -> t.category() == e.getKey()), e.getValue());
    }
    near(share(SimulatedTraveler::kinmenMatsuPermit), 0.80 * P.kinmenMatsuPermitShare());
    assertThat(share(t -> t.category() == Category.PRC_SPOUSE_DEPENDENT_RESIDENCE && t.nationality().equals("CHN")))
        .isEqualTo(share(t -> t.category() == Category.PRC_SPOUSE_DEPENDENT_RESIDENCE));
  }

  @Test
  void eachCategoryPresentsItsGateDocument() {
    for (SimulatedTraveler t : MANY) {
      DocumentType type = t.document().type();
      switch (t.category()) {
        case NATIONAL_WITH_HOUSEHOLD_REGISTRATION ->
            assertThat(type).isEqualTo(t.kinmenMatsuPermit() ? DocumentType.KINMEN_MATSU_PERMIT : DocumentType.ROC_PASSPORT);
        case FOREIGN_RESIDENT ->
            assertThat(type).isIn(DocumentType.RESIDENT_CERTIFICATE, DocumentType.PERMANENT_RESIDENT_CERTIFICATE);
        case FOREIGN_DIPLOMAT -> assertThat(type).isEqualTo(DocumentType.DIPLOMAT_ID);
        case NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> assertThat(type).isEqualTo(DocumentType.RESIDENT_CERTIFICATE);
        case HONG_KONG_MACAO_RESIDENT -> assertThat(type).isEqualTo(DocumentType.HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT);
        case PRC_LONG_TERM_RESIDENT, PRC_SPOUSE_DEPENDENT_RESIDENCE ->
            assertThat(type).isEqualTo(DocumentType.PRC_MULTIPLE_ENTRY_PERMIT);
      }
    }
  }

  @Test
  void expiredAndSoonExpiringSharesHoldAndExpiryIsInsideTheTypesValidity() {
    near(share(t -> t.document().expiredOn(DAY)), P.expiredShare());
    near(share(t -> !t.document().expiredOn(DAY) && !t.document().expiresOn().isAfter(DAY.plusDays(30))),
        P.soonExpiringShare());
    assertThat(MANY).allSatisfy(t -> assertThat(t.document().expiresOn())
        .isBefore(DAY.plusYears(t.document().type().validity().maxYears()).plusDays(1)));
  }

  @Test
  void standingSharesHold() {
    double eligible = share(t -> t.ageOn(DAY).isAtLeast(Age.ofYears(14)) && t.heightCm() >= 140);
    near(share(SimulatedTraveler::enrolled), eligible * P.enrolledShare());
    near(share(SimulatedTraveler::exitBan), P.exitBanShare());
    near(share(SimulatedTraveler::documentLostOrStolen), P.lostOrStolenShare());
  }

  @Test
  void behaviourSharesHold() {
    near(share(t -> t.behaviour().worn().contains(Accessory.SUNGLASSES)), P.sunglassesShare());
    near(share(t -> t.behaviour().worn().contains(Accessory.HAT)), P.hatShare());
    near(share(t -> t.behaviour().worn().contains(Accessory.MASK)), P.maskShare());
    near(share(t -> t.behaviour().trolley()), P.trolleyShare());
    near(share(t -> t.behaviour().child()), P.childShare());
    near(share(t -> t.behaviour().companions() == 1), P.companionShare() + P.hiddenCompanionShare());
    near(share(t -> t.behaviour().hiddenCompanion()), P.hiddenCompanionShare());
    near(share(t -> !t.behaviour().faceRecognizable()), P.faceNotRecognizableShare());
    near(share(t -> !t.behaviour().fingersReadable()), P.fingersUnreadableShare());
    near(share(t -> t.behaviour().impostor()), P.impostorShare());
    assertThat(MANY).filteredOn(t -> t.behaviour().ignoresPrompts())
        .allSatisfy(t -> assertThat(t.behaviour().trolley() || !t.behaviour().worn().isEmpty()).isTrue());
  }

  @Test
  void agesAndHeightsStraddleTheRuleBoundariesAndNoOneBelowThemIsEnrolled() {
    long just13 = MANY.stream().filter(t -> t.ageOn(DAY).years() == 13).count();
    long just14 = MANY.stream().filter(t -> t.ageOn(DAY).years() == 14).count();
    assertThat(just13).isPositive();
    assertThat(just14).isPositive();
    assertThat(MANY.stream().filter(t -> t.heightCm() == 139).count()).isPositive();
    assertThat(MANY.stream().filter(t -> t.heightCm() == 140).count()).isPositive();
    assertThat(MANY).filteredOn(t -> t.ageOn(DAY).years() < 14 || t.heightCm() < 140)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.enrolled()).isFalse());
  }

  @Test
  void badParametersAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> P.withCategoryMix(Map.of(Category.FOREIGN_RESIDENT, 0.5)))
        .hasMessageContaining("sum to 1 but sum to 0.5");
    assertThatThrownBy(() -> P.withCategoryMix(Map.of(Category.FOREIGN_RESIDENT, 1.5, Category.FOREIGN_DIPLOMAT, -0.5)))
        .hasMessageContaining("must be a share in [0, 1] but was 1.5");
    assertThatThrownBy(() -> new PopulationGenerator(P, DAY).generate(-1, 1)).hasMessageContaining("-1");
  }
}
