package org.egate.simulator.scenario;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.egate.border.eligibility.Category;
import org.egate.border.reason.ReasonCode;
import org.egate.document.catalog.DocumentType;
import org.egate.document.mrz.Sex;
import org.egate.lane.device.Prompt;
import org.egate.lane.device.simulated.Accessory;
import org.egate.simulator.population.GateBehaviour;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.population.TravelDocuments;

/**
 * One scenario per rule of the source (issue 5 item 6; DESIGN.md "Rules from the source" and
 * "At the gate"), plus the controls that show a rule does not over-reach (an exit ban does not
 * stop an arrival; the Kinmen–Matsu permit works at Shuitou), the enrollment rules a gate relies
 * on (age, height, fingerprints from 2017-03-08, withdrawal) and store-and-forward. All on Friday
 * 2026-11-27, 09:00 Taipei time, unless the rule is about a day.
 */
public final class ScenarioLibrary {
  static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]");
  static final String TAOYUAN_DEPARTURE = "TAOYUAN-T2-D01";
  static final String TAOYUAN_ARRIVAL = "TAOYUAN-T2-A01";
  static final String SHUITOU_DEPARTURE = "SHUITOU-MAIN-D01";
  static final String TAICHUNG_DEPARTURE = "TAICHUNG-MAIN-D01";
  private static final LocalDate ENROLLED = LocalDate.of(2024, 5, 2);
  private static final LocalDate PASSPORT_EXPIRY = LocalDate.of(2031, 6, 30);

  private ScenarioLibrary() {}

  public static List<Scenario> all() {
    SimulatedTraveler lin = national("S-LIN", "LIN", "CHIH HAO", Sex.MALE);
    GateBehaviour ok = GateBehaviour.COOPERATIVE;
    return List.of(
        walk("cleared by face", "an enrolled national walks through in about 12 s", lin, ReasonCode.CLEARED),
        prompted("sunglasses removed when asked", "no sunglasses at the gate",
            lin.withBehaviour(wearing(Accessory.SUNGLASSES, false)), ReasonCode.CLEARED, Prompt.REMOVE_SUNGLASSES),
        prompted("hat kept on, fingerprint decides", "no hat at the gate; fingerprint is the auxiliary matcher",
            lin.withBehaviour(wearing(Accessory.HAT, true)), ReasonCode.CLEARED, Prompt.REMOVE_HAT),
        new Scenario("mask kept on, no fingerprints enrolled",
            "no mask at the gate (fingerprints optional before 2017-03-08, so the face must do)", TAOYUAN_DEPARTURE,
            FRIDAY, lin.withBehaviour(wearing(Accessory.MASK, true)), Optional.of(LocalDate.of(2017, 1, 10)), false,
            true, ReasonCode.OCCLUSION_MASK, Optional.of(Prompt.REMOVE_MASK)),
        prompted("trolley kept in the capture zone", "no trolley in the capture zone",
            lin.withBehaviour(new GateBehaviour(Set.of(), true, 0, false, true, false, true, true, false)),
            ReasonCode.TROLLEY_IN_ZONE, Prompt.NO_TROLLEY),
        walk("two people in the lane", "one person per lane at a time",
            lin.withBehaviour(new GateBehaviour(Set.of(), false, 1, false, false, false, true, true, false)),
            ReasonCode.MORE_THAN_ONE_PERSON),
        walk("a child brought along", "no infants or children carried along",
            lin.withBehaviour(new GateBehaviour(Set.of(), false, 0, false, false, true, true, true, false)),
            ReasonCode.CHILD_IN_LANE),
        walk("exit ban on departure", "not under an exit ban (禁止出國處分)",
            lin.withStanding(true, true, false), ReasonCode.EXIT_BAN),
        new Scenario("exit ban does not stop an arrival", "an exit ban stops departures only", TAOYUAN_ARRIVAL,
            FRIDAY, lin.withStanding(true, true, false), Optional.of(ENROLLED), true, true, ReasonCode.CLEARED,
            Optional.empty()),
        walk("Kinmen–Matsu permit at Taoyuan", "the Kinmen–Matsu permit is valid at Kinmen Shuitou port ONLY",
            kinmenMatsu(), ReasonCode.DOCUMENT_NOT_VALID_AT_SITE),
        new Scenario("Kinmen–Matsu permit at Shuitou", "the Kinmen–Matsu permit is valid at Kinmen Shuitou port",
            SHUITOU_DEPARTURE, FRIDAY, kinmenMatsu(), Optional.of(ENROLLED), true, true, ReasonCode.CLEARED,
            Optional.empty()),
        new Scenario("expired resident certificate", "resident-certificate holders present a valid resident certificate",
            TAOYUAN_DEPARTURE, FRIDAY, resident(LocalDate.of(2026, 11, 1)), Optional.of(LocalDate.of(2025, 1, 10)),
            true, true, ReasonCode.RESIDENCE_PERMIT_EXPIRED, Optional.empty()),
        new Scenario("not enrolled", "travelers enroll once before using the gate", TAOYUAN_DEPARTURE, FRIDAY,
            national("S-CHEN", "CHEN", "YA TING", Sex.FEMALE).withStanding(false, false, false), Optional.empty(), true,
            true, ReasonCode.NOT_ENROLLED, Optional.empty()),
        prompted("face mismatch rescued by fingerprint", "face is the primary matcher, fingerprint the auxiliary",
            lin.withBehaviour(new GateBehaviour(Set.of(), false, 0, false, false, false, false, true, false)),
            ReasonCode.CLEARED, Prompt.PLACE_INDEX_FINGER),
        walk("impostor with someone else's passport", "the face (and fingers) must be the enrolled holder's",
            lin.withBehaviour(new GateBehaviour(Set.of(), false, 0, false, false, false, true, true, true)),
            ReasonCode.FINGER_MISMATCH),
        walk("document reported lost or stolen", "a document reported lost or stolen is referred to an officer",
            lin.withStanding(true, false, true), ReasonCode.DOCUMENT_REPORTED_LOST_OR_STOLEN),
        new Scenario("lane not yet open", "a lane refuses service before its opening date (Taichung 2013-04-10)",
            TAICHUNG_DEPARTURE, ZonedDateTime.parse("2013-04-09T09:00:00+08:00[Asia/Taipei]"),
            national("S-HUANG", "HUANG", "SHU FEN", Sex.FEMALE, LocalDate.of(2020, 1, 31)),
            Optional.of(LocalDate.of(2012, 6, 1)), true, true, ReasonCode.LANE_NOT_YET_OPEN, Optional.empty()),
        new Scenario("server down", "no answer from the server is no authorization (fail closed)", TAOYUAN_DEPARTURE,
            FRIDAY, lin, Optional.of(ENROLLED), true, false, ReasonCode.SERVER_UNAVAILABLE, Optional.empty()),
        walk("PRC spouse with the multiple-entry permit", "PRC spouses with dependent residence, from 2013-01-01",
            prcSpouse(), ReasonCode.CLEARED),
        new Scenario("server down after authorization", "the lane journals the crossing before the exit door opens and"
            + " forwards it once the server is back (store-and-forward)", TAOYUAN_DEPARTURE, FRIDAY, lin,
            Optional.of(ENROLLED), true, Scenario.ServerState.DOWN_AFTER_AUTHORIZATION, ReasonCode.CLEARED,
            Optional.empty(), Optional.empty(), false),
        refusedApplication("under 14 applies", "age >= 14 at enrollment (須年滿14歲)",
            national("S-KAO", "KAO", "YU CHEN", Sex.FEMALE, LocalDate.of(2013, 6, 1), 162, PASSPORT_EXPIRY),
            true, ReasonCode.UNDER_AGE),
        refusedApplication("under 140 cm applies", "height >= 140 cm at enrollment (身高要140公分以上)",
            national("S-HSU", "HSU", "MING", Sex.MALE, LocalDate.of(1990, 2, 3), 136, PASSPORT_EXPIRY),
            true, ReasonCode.TOO_SHORT),
        refusedApplication("no fingerprints after 2017-03-08", "both index fingerprints are mandatory from 2017-03-08",
            national("S-TSAI", "TSAI", "CHIA HUI", Sex.FEMALE, LocalDate.of(1982, 9, 9), 165, PASSPORT_EXPIRY),
            false, ReasonCode.FINGERPRINTS_REQUIRED),
        new Scenario("withdrawn enrollment", "a withdrawn enrollment ends (biometrics erased): its holder is not"
            + " enrolled any more", TAOYUAN_DEPARTURE, FRIDAY, national("S-YANG", "YANG", "CHUN", Sex.MALE),
            Optional.of(ENROLLED), true, Scenario.ServerState.UP, ReasonCode.NOT_ENROLLED, Optional.empty(), Optional.empty(), true),
        new Scenario("sunglasses kept on, fingerprint decides", "no sunglasses at the gate; fingerprint is the auxiliary",
            TAOYUAN_ARRIVAL, FRIDAY, national("S-WU", "WU", "PEI SHAN", Sex.FEMALE)
                .withBehaviour(wearing(Accessory.SUNGLASSES, true)), Optional.of(ENROLLED), true, true,
            ReasonCode.CLEARED, Optional.of(Prompt.REMOVE_SUNGLASSES)));
  }

  /**
   * An application the enrollment desk must refuse, on 2026-11-20 (2018-02-01 for an application
   * without fingerprints); the traveler then walks up not enrolled.
   */
  private static Scenario refusedApplication(String name, String rule, SimulatedTraveler t, boolean fingerprints,
      ReasonCode refusal) {
    LocalDate applied = fingerprints ? LocalDate.of(2026, 11, 20) : LocalDate.of(2018, 2, 1);
    return new Scenario(name, rule, TAOYUAN_DEPARTURE, FRIDAY, t.withStanding(false, false, false), Optional.of(applied),
        fingerprints, Scenario.ServerState.UP, ReasonCode.NOT_ENROLLED, Optional.empty(), Optional.of(refusal), false);
  }

  /** The scenario with this name. */
  public static Scenario named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario named '" + name + "'"));
  }

  private static Scenario walk(String name, String rule, SimulatedTraveler t, ReasonCode expected) {
    return new Scenario(name, rule, TAOYUAN_DEPARTURE, FRIDAY, t, t.enrolled() ? Optional.of(ENROLLED) : Optional.empty(),
        true, true, expected, Optional.empty());
  }

  private static Scenario prompted(String name, String rule, SimulatedTraveler t, ReasonCode expected, Prompt prompt) {
    return new Scenario(name, rule, TAOYUAN_DEPARTURE, FRIDAY, t, Optional.of(ENROLLED), true, true, expected,
        Optional.of(prompt));
  }

  private static GateBehaviour wearing(Accessory accessory, boolean keepsItOn) {
    return new GateBehaviour(Set.of(accessory), keepsItOn, 0, false, false, false, true, true, false);
  }

  static SimulatedTraveler national(String id, String surname, String given, Sex sex) {
    return national(id, surname, given, sex, PASSPORT_EXPIRY);
  }

  static SimulatedTraveler national(String id, String surname, String given, Sex sex, LocalDate expiry) {
    return national(id, surname, given, sex, LocalDate.of(1985, 3, 14), 170, expiry);
  }

  static SimulatedTraveler national(String id, String surname, String given, Sex sex, LocalDate birth, int heightCm,
      LocalDate expiry) {
    return new SimulatedTraveler(id, Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION, false, "TWN", surname, given, sex,
        birth, heightCm, TravelDocuments.issue(DocumentType.ROC_PASSPORT, "TWN", surname, given, sex, birth, expiry,
            new SplittableRandom(id.hashCode())), true, false, false, GateBehaviour.COOPERATIVE);
  }

  private static SimulatedTraveler kinmenMatsu() {
    LocalDate birth = LocalDate.of(1979, 8, 2);
    return new SimulatedTraveler("S-WANG", Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION, true, "TWN", "WANG",
        "KUAN YU", Sex.MALE, birth, 175, TravelDocuments.issue(DocumentType.KINMEN_MATSU_PERMIT, "TWN", "WANG",
            "KUAN YU", Sex.MALE, birth, LocalDate.of(2027, 3, 1), new SplittableRandom(3)), true, false, false,
        GateBehaviour.COOPERATIVE);
  }

  private static SimulatedTraveler resident(LocalDate expiry) {
    LocalDate birth = LocalDate.of(1990, 11, 5);
    return new SimulatedTraveler("S-NGUYEN", Category.FOREIGN_RESIDENT, false, "VNM", "NGUYEN", "ANH", Sex.FEMALE,
        birth, 158, TravelDocuments.issue(DocumentType.RESIDENT_CERTIFICATE, "VNM", "NGUYEN", "ANH", Sex.FEMALE, birth,
            expiry, new SplittableRandom(4)), true, false, false, GateBehaviour.COOPERATIVE);
  }

  private static SimulatedTraveler prcSpouse() {
    LocalDate birth = LocalDate.of(1988, 2, 29);
    return new SimulatedTraveler("S-ZHANG", Category.PRC_SPOUSE_DEPENDENT_RESIDENCE, false, "CHN", "ZHANG", "FANG",
        Sex.FEMALE, birth, 162, TravelDocuments.issue(DocumentType.PRC_MULTIPLE_ENTRY_PERMIT, "CHN", "ZHANG", "FANG",
            Sex.FEMALE, birth, LocalDate.of(2028, 5, 31), new SplittableRandom(5)), true, false, false,
        GateBehaviour.COOPERATIVE);
  }
}
