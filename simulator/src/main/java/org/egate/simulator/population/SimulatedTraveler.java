package org.egate.simulator.population;

import java.time.LocalDate;
import java.util.Objects;
import org.egate.border.eligibility.Category;
import org.egate.border.traveler.Age;
import org.egate.document.mrz.Sex;

/**
 * One generated traveler: who they are, the document they present, their standing with the
 * system (enrolled, exit ban, document reported lost or stolen) and how they behave at the gate.
 *
 * @param biometricId names this person's face and fingers for the simulated devices (an
 *     impostor's devices see another id)
 * @param kinmenMatsuPermit a national who presents the Kinmen–Matsu permit instead of a passport
 */
public record SimulatedTraveler(
    String biometricId,
    Category category,
    boolean kinmenMatsuPermit,
    String nationality,
    String surname,
    String givenNames,
    Sex sex,
    LocalDate birthDate,
    int heightCm,
    TravelDocument document,
    boolean enrolled,
    boolean exitBan,
    boolean documentLostOrStolen,
    GateBehaviour behaviour) {

  public SimulatedTraveler {
    Objects.requireNonNull(biometricId, "biometricId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(behaviour, "behaviour");
    if (heightCm < 40 || heightCm > 250) {
      throw new IllegalArgumentException("height must be 40-250 cm but was " + heightCm);
    }
  }

  /** Age in completed years on a day (the border domain's rule, 29 February birthdays included). */
  public Age ageOn(LocalDate day) {
    return Age.on(birthDate, day);
  }

  public SimulatedTraveler withBehaviour(GateBehaviour b) {
    return new SimulatedTraveler(biometricId, category, kinmenMatsuPermit, nationality, surname, givenNames, sex,
        birthDate, heightCm, document, enrolled, exitBan, documentLostOrStolen, b);
  }

  public SimulatedTraveler withDocument(TravelDocument d) {
    return new SimulatedTraveler(biometricId, category, kinmenMatsuPermit, nationality, surname, givenNames, sex,
        birthDate, heightCm, d, enrolled, exitBan, documentLostOrStolen, behaviour);
  }

  public SimulatedTraveler withStanding(boolean isEnrolled, boolean hasExitBan, boolean lostOrStolen) {
    return new SimulatedTraveler(biometricId, category, kinmenMatsuPermit, nationality, surname, givenNames, sex,
        birthDate, heightCm, document, isEnrolled, hasExitBan, lostOrStolen, behaviour);
  }
}
