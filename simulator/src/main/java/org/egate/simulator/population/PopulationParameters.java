package org.egate.simulator.population;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.egate.border.eligibility.Category;

/**
 * Every share the population generator draws with. No published breakdown of e-Gate users by
 * category or behaviour exists in the source; the defaults are stated assumptions, each with its
 * reason below and in docs/POPULATION.md, chosen so that every rule is exercised in a run of a
 * thousand travelers. Shares are fractions in [0, 1].
 *
 * @param categoryMix share of each eligibility category; sums to 1
 * @param kinmenMatsuPermitShare of nationals, those presenting the Kinmen–Matsu permit
 * @param permanentResidentShare of foreign residents, those with an APRC rather than an ARC
 * @param foreignNationalities weights of nationalities of foreign residents and diplomats
 * @param expiredShare documents already expired on the reference day
 * @param soonExpiringShare documents expiring within {@code soonExpiringDays} of the reference day
 * @param enrolledShare of those old and tall enough, those enrolled (the rest walk up unenrolled)
 * @param nearAgeBoundaryShare travelers aged 13-15 (the seed rule's minimum is 14)
 * @param nearHeightBoundaryShare travelers 136-144 cm tall (the seed rule's minimum is 140 cm)
 * @param ignoresPromptsShare of those wearing a forbidden accessory or pushing a trolley, those who
 *     do not react to the prompt
 */
public record PopulationParameters(
    Map<Category, Double> categoryMix,
    double kinmenMatsuPermitShare,
    double permanentResidentShare,
    Map<String, Double> foreignNationalities,
    double expiredShare,
    double soonExpiringShare,
    int soonExpiringDays,
    double enrolledShare,
    double exitBanShare,
    double lostOrStolenShare,
    double nearAgeBoundaryShare,
    double nearHeightBoundaryShare,
    double sunglassesShare,
    double hatShare,
    double maskShare,
    double ignoresPromptsShare,
    double companionShare,
    double hiddenCompanionShare,
    double trolleyShare,
    double childShare,
    double faceNotRecognizableShare,
    double fingersUnreadableShare,
    double impostorShare) {

  /** The defaults; docs/POPULATION.md gives each one's reason. */
  public static final PopulationParameters DEFAULTS = new PopulationParameters(
      defaultMix(),
      0.03, // Shuitou is one port of seven enrollment places; its permit holders are few
      0.30,
      defaultNationalities(),
      0.02, // an expired document is a common counter referral; a few per hundred
      0.05,
      30,
      0.85, // most who queue at a gate are enrolled; the rest show NOT_ENROLLED
      0.002, // exit bans are rare (tax, court, military service)
      0.001,
      0.04,
      0.04,
      0.05, // sunglasses
      0.05, // hats and caps
      0.08, // masks (common in Taiwan since 2020)
      0.10,
      0.01, // a companion follows into the lane
      0.003, // ... so closely the people counter misses them
      0.03, // trolleys in the capture zone
      0.01, // a child carried or led along
      0.02, // face aged or changed: fingerprint must rescue
      0.01,
      0.001); // impostors are rare, but the rule must be exercised

  public PopulationParameters {
    categoryMix = Map.copyOf(categoryMix);
    foreignNationalities = Map.copyOf(foreignNationalities);
    double sum = 0;
    for (Category c : Category.values()) {
      double share = categoryMix.getOrDefault(c, 0.0);
      share("categoryMix[" + c + "]", share);
      sum += share;
    }
    if (Math.abs(sum - 1.0) > 1e-9) {
      throw new IllegalArgumentException("category shares must sum to 1 but sum to " + sum);
    }
    if (foreignNationalities.isEmpty() || foreignNationalities.values().stream().anyMatch(w -> !(w > 0))) {
      throw new IllegalArgumentException("foreign nationalities need positive weights but were " + foreignNationalities);
    }
    share("kinmenMatsuPermitShare", kinmenMatsuPermitShare);
    share("permanentResidentShare", permanentResidentShare);
    share("expiredShare", expiredShare);
    share("soonExpiringShare", soonExpiringShare);
    share("expiredShare + soonExpiringShare", expiredShare + soonExpiringShare);
    if (soonExpiringDays < 1) {
      throw new IllegalArgumentException("soonExpiringDays must be at least 1 but was " + soonExpiringDays);
    }
    share("enrolledShare", enrolledShare);
    share("exitBanShare", exitBanShare);
    share("lostOrStolenShare", lostOrStolenShare);
    share("nearAgeBoundaryShare", nearAgeBoundaryShare);
    share("nearHeightBoundaryShare", nearHeightBoundaryShare);
    share("sunglassesShare", sunglassesShare);
    share("hatShare", hatShare);
    share("maskShare", maskShare);
    share("ignoresPromptsShare", ignoresPromptsShare);
    share("companionShare", companionShare);
    share("hiddenCompanionShare", hiddenCompanionShare);
    share("companionShare + hiddenCompanionShare", companionShare + hiddenCompanionShare);
    share("trolleyShare", trolleyShare);
    share("childShare", childShare);
    share("faceNotRecognizableShare", faceNotRecognizableShare);
    share("fingersUnreadableShare", fingersUnreadableShare);
    share("impostorShare", impostorShare);
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a share in [0, 1] but was " + value);
    }
  }

  /**
   * Nationals dominate gate traffic (e-Gate opened to them first and they are most of the
   * enrolled); non-citizen categories follow the rough order of Taiwan's resident population:
   * foreign residents, then PRC spouses, HK/Macao residents, nationals without household
   * registration, PRC long-term residents, diplomats.
   */
  private static Map<Category, Double> defaultMix() {
    Map<Category, Double> m = new EnumMap<>(Category.class);
    m.put(Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION, 0.80);
    m.put(Category.FOREIGN_RESIDENT, 0.08);
    m.put(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE, 0.04);
    m.put(Category.HONG_KONG_MACAO_RESIDENT, 0.03);
    m.put(Category.NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION, 0.02);
    m.put(Category.PRC_LONG_TERM_RESIDENT, 0.02);
    m.put(Category.FOREIGN_DIPLOMAT, 0.01);
    return m;
  }

  /** Roughly the order of Taiwan's largest foreign resident groups, with Western residents after. */
  private static Map<String, Double> defaultNationalities() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("VNM", 0.25);
    m.put("IDN", 0.20);
    m.put("PHL", 0.15);
    m.put("THA", 0.10);
    m.put("JPN", 0.08);
    m.put("USA", 0.07);
    m.put("MYS", 0.05);
    m.put("KOR", 0.04);
    m.put("GBR", 0.02);
    m.put("DEU", 0.02);
    m.put("FRA", 0.02);
    return m;
  }

  public PopulationParameters withCategoryMix(Map<Category, Double> mix) {
    return new PopulationParameters(mix, kinmenMatsuPermitShare, permanentResidentShare, foreignNationalities,
        expiredShare, soonExpiringShare, soonExpiringDays, enrolledShare, exitBanShare, lostOrStolenShare,
        nearAgeBoundaryShare, nearHeightBoundaryShare, sunglassesShare, hatShare, maskShare, ignoresPromptsShare,
        companionShare, hiddenCompanionShare, trolleyShare, childShare, faceNotRecognizableShare,
        fingersUnreadableShare, impostorShare);
  }
}
