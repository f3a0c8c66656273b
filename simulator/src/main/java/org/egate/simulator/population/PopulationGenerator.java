package org.egate.simulator.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleBook;
import org.egate.border.traveler.Age;
import org.egate.document.catalog.DocumentType;
import org.egate.document.mrz.Sex;
import org.egate.lane.device.simulated.Accessory;

/**
 * Draws travelers by {@link PopulationParameters}. Each traveler has a random stream split from
 * the seed in order, so traveler i is the same whatever the population size.
 *
 * <p>The document a category presents at the gate follows DESIGN.md "At the gate": nationals the
 * ROC passport (or the Kinmen–Matsu permit), resident-certificate holders the resident
 * certificate, HK/Macao and PRC holders the multiple-entry permit, diplomats the MOFA ID.
 */
public final class PopulationGenerator {
  private final PopulationParameters parameters;
  private final LocalDate day;

  /** @param day the reference day: ages, expiries and boundaries are drawn relative to it */
  public PopulationGenerator(PopulationParameters parameters, LocalDate day) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.day = Objects.requireNonNull(day, "day");
  }

  public List<SimulatedTraveler> generate(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("traveler count cannot be negative but was " + count);
    }
    SplittableRandom streams = new SplittableRandom(seed);
    List<SimulatedTraveler> travelers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      travelers.add(traveler(i, streams.split()));
    }
    return List.copyOf(travelers);
  }

  private SimulatedTraveler traveler(int index, RandomGenerator r) {
    PopulationParameters p = parameters;
    Category category = weighted(p.categoryMix(), List.of(Category.values()), r);
    boolean nationalTraveler = category == Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION;
    boolean kinmenMatsu = nationalTraveler && r.nextDouble() < p.kinmenMatsuPermitShare();
    Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    String nationality = nationality(category, r);
    String[] name = Names.draw(nationality, r);

    boolean nearAge = r.nextDouble() < p.nearAgeBoundaryShare();
    LocalDate birth = nearAge
        ? day.minusYears(MIN_AGE).plusDays(r.nextInt(-60, 61)) // both sides of the 14th birthday
        : day.minusYears(r.nextInt(18, 81)).minusDays(r.nextInt(365));
    int height = r.nextDouble() < p.nearHeightBoundaryShare()
        ? r.nextInt(MIN_HEIGHT_CM - 4, MIN_HEIGHT_CM + 5)
        : (int) Math.round((nearAge ? 158 : sex == Sex.MALE ? 172 : 160) + 7 * r.nextGaussian());
    height = Math.max(MIN_HEIGHT_CM - 4, height);

    DocumentType type = documentType(category, kinmenMatsu, r);
    TravelDocument document = TravelDocuments.issue(type, nationality, name[0], name[1], sex, birth, expiry(type, r), r);

    boolean eligible = Age.on(birth, day).isAtLeast(RuleBook.SEED_MINIMUM_AGE) && height >= MIN_HEIGHT_CM;
    boolean enrolled = eligible && r.nextDouble() < p.enrolledShare();
    boolean exitBan = r.nextDouble() < p.exitBanShare();
    boolean lostOrStolen = r.nextDouble() < p.lostOrStolenShare();
    return new SimulatedTraveler(String.format("T%07d", index), category, kinmenMatsu, nationality, name[0], name[1],
        sex, birth, height, document, enrolled, exitBan, lostOrStolen, behaviour(r));
  }

  private static final int MIN_AGE = RuleBook.SEED_MINIMUM_AGE.years();
  private static final int MIN_HEIGHT_CM = RuleBook.SEED_MINIMUM_HEIGHT.centimeters();

  private GateBehaviour behaviour(RandomGenerator r) {
    PopulationParameters p = parameters;
    EnumSet<Accessory> worn = EnumSet.noneOf(Accessory.class);
    if (r.nextDouble() < p.sunglassesShare()) {
      worn.add(Accessory.SUNGLASSES);
    }
    if (r.nextDouble() < p.hatShare()) {
      worn.add(Accessory.HAT);
    }
    if (r.nextDouble() < p.maskShare()) {
      worn.add(Accessory.MASK);
    }
    boolean trolley = r.nextDouble() < p.trolleyShare();
    boolean ignores = (trolley || !worn.isEmpty()) && r.nextDouble() < p.ignoresPromptsShare();
    double u = r.nextDouble();
    boolean hidden = u < p.hiddenCompanionShare();
    int companions = hidden || u < p.hiddenCompanionShare() + p.companionShare() ? 1 : 0;
    boolean child = r.nextDouble() < p.childShare();
    boolean faceRecognizable = r.nextDouble() >= p.faceNotRecognizableShare();
    boolean fingersReadable = r.nextDouble() >= p.fingersUnreadableShare();
    boolean impostor = r.nextDouble() < p.impostorShare();
    return new GateBehaviour(worn, ignores, companions, hidden, trolley, child, faceRecognizable, fingersReadable,
        impostor);
  }

  private String nationality(Category category, RandomGenerator r) {
    return switch (category) {
      case NATIONAL_WITH_HOUSEHOLD_REGISTRATION, NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> "TWN";
      case HONG_KONG_MACAO_RESIDENT -> r.nextDouble() < 0.8 ? "HKG" : "MAC";
      case PRC_LONG_TERM_RESIDENT, PRC_SPOUSE_DEPENDENT_RESIDENCE -> "CHN";
      case FOREIGN_RESIDENT, FOREIGN_DIPLOMAT ->
          weighted(parameters.foreignNationalities(), List.copyOf(parameters.foreignNationalities().keySet().stream()
              .sorted().toList()), r);
    };
  }

  private DocumentType documentType(Category category, boolean kinmenMatsu, RandomGenerator r) {
    return switch (category) {
      case NATIONAL_WITH_HOUSEHOLD_REGISTRATION -> kinmenMatsu ? DocumentType.KINMEN_MATSU_PERMIT : DocumentType.ROC_PASSPORT;
      case FOREIGN_RESIDENT -> r.nextDouble() < parameters.permanentResidentShare()
          ? DocumentType.PERMANENT_RESIDENT_CERTIFICATE : DocumentType.RESIDENT_CERTIFICATE;
      case FOREIGN_DIPLOMAT -> DocumentType.DIPLOMAT_ID;
      case NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> DocumentType.RESIDENT_CERTIFICATE;
      case HONG_KONG_MACAO_RESIDENT -> DocumentType.HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT;
      case PRC_LONG_TERM_RESIDENT, PRC_SPOUSE_DEPENDENT_RESIDENCE -> DocumentType.PRC_MULTIPLE_ENTRY_PERMIT;
    };
  }

  private LocalDate expiry(DocumentType type, RandomGenerator r) {
    PopulationParameters p = parameters;
    double u = r.nextDouble();
    if (u < p.expiredShare()) {
      return day.minusDays(r.nextInt(1, 366));
    }
    if (u < p.expiredShare() + p.soonExpiringShare()) {
      return day.plusDays(r.nextInt(0, p.soonExpiringDays() + 1));
    }
    int maxDays = type.validity().maxYears() * 365;
    return day.plusDays(r.nextInt(p.soonExpiringDays() + 1, Math.max(p.soonExpiringDays() + 2, maxDays)));
  }

  private static <T> T weighted(Map<T, Double> weights, List<T> order, RandomGenerator r) {
    double total = 0;
    for (T t : order) {
      total += weights.getOrDefault(t, 0.0);
    }
    double u = r.nextDouble() * total;
    T last = null;
    for (T t : order) {
      double w = weights.getOrDefault(t, 0.0);
      if (w > 0) {
        last = t;
        if (u < w) {
          return t;
        }
        u -= w;
      }
    }
    return last;
  }
}
