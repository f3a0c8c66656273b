package org.egate.simulator.population;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible MRZ names by origin (romanized, letters only); invented combinations, no real people. */
final class Names {
  private static final List<String> TAIWANESE_SURNAMES =
      List.of("CHEN", "LIN", "HUANG", "CHANG", "LEE", "WANG", "WU", "LIU", "TSAI", "YANG", "HSU", "CHENG", "HSIEH", "KUO");
  private static final List<String> TAIWANESE_GIVEN =
      List.of("CHIH HAO", "SHU FEN", "CHIA HUI", "WEI LUN", "YA TING", "CHUN HUNG", "MEI LING", "KUAN YU", "HSIN YI", "PO HAN");
  private static final List<String> CHINESE_SURNAMES = List.of("ZHANG", "WANG", "LI", "ZHAO", "CHEN", "LIU", "SUN", "ZHOU");
  private static final List<String> CHINESE_GIVEN = List.of("WEI", "FANG", "XIU YING", "JING", "LEI", "YAN", "HAO RAN", "XIN");
  private static final List<String> HK_SURNAMES = List.of("CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "HO", "NG", "TANG");
  private static final List<String> HK_GIVEN = List.of("KA MAN", "WING SZE", "CHI KEUNG", "HOI YAN", "TSZ HIN", "MAN KIT");
  private static final List<String> OTHER_SURNAMES = List.of(
      "NGUYEN", "TRAN", "SANTOS", "REYES", "WIJAYA", "SARI", "SUZUKI", "TANAKA", "SMITH", "JOHNSON", "KIM", "PARK",
      "MUELLER", "MARTIN", "TAN", "SRISUK");
  private static final List<String> OTHER_GIVEN = List.of(
      "ANH", "MARIA", "BUDI", "DEWI", "HIROSHI", "YUKI", "JAMES", "EMMA", "MIN JUN", "SOPHIE", "LUCAS", "SOMCHAI", "ANNA");

  private Names() {}

  static String[] draw(String nationality, RandomGenerator random) {
    return switch (nationality) {
      case "TWN" -> pick(TAIWANESE_SURNAMES, TAIWANESE_GIVEN, random);
      case "CHN" -> pick(CHINESE_SURNAMES, CHINESE_GIVEN, random);
      case "HKG", "MAC" -> pick(HK_SURNAMES, HK_GIVEN, random);
      default -> pick(OTHER_SURNAMES, OTHER_GIVEN, random);
    };
  }

  private static String[] pick(List<String> surnames, List<String> given, RandomGenerator random) {
    return new String[] {surnames.get(random.nextInt(surnames.size())), given.get(random.nextInt(given.size()))};
  }
}
