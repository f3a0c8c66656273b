package org.egate.bench.mrz;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.egate.document.mrz.CheckDigit;

/** Distinct valid TD3 MRZs, generated from a fixed seed so every run reads the same ones. */
final class Td3Inputs {
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALNUM = LETTERS + "0123456789";
  private static final String[] STATES = {"UTO", "TWN", "D<<", "USA", "JPN", "XXA", "FRA", "GBR"};
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private Td3Inputs() {}

  /** {@code n} two-line TD3 MRZs, lines separated by {@code \n}. */
  static String[] generate(int n, LocalDate today) {
    SplittableRandom r = new SplittableRandom(20261127L);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      String state = STATES[r.nextInt(STATES.length)];
      String name = pad(word(r, 3 + r.nextInt(8)) + "<<" + word(r, 3 + r.nextInt(6)) + "<" + word(r, 3 + r.nextInt(6)), 39);
      String l1 = "P<" + state + name;
      String number = pad(chars(r, ALNUM, 6 + r.nextInt(4)), 9);
      String birth = today.minusDays(5000 + r.nextInt(25000)).format(YYMMDD);
      String expiry = today.plusDays(r.nextInt(3650) - 1000).format(YYMMDD);
      String personal = pad(chars(r, ALNUM, r.nextInt(15)), 14);
      String pc = personal.startsWith("<") ? "<" : cd(personal);
      String l2 = number + cd(number) + state + birth + cd(birth) + (r.nextBoolean() ? 'M' : 'F')
          + expiry + cd(expiry) + personal + pc;
      l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
      out[i] = l1 + "\n" + l2;
    }
    return out;
  }

  private static String cd(String s) {
    return String.valueOf(CheckDigit.of(s));
  }

  private static String word(SplittableRandom r, int len) {
    return chars(r, LETTERS, len);
  }

  private static String chars(SplittableRandom r, String alphabet, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String pad(String s, int n) {
    StringBuilder b = new StringBuilder(s.length() > n ? s.substring(0, n) : s);
    while (b.length() < n) {
      b.append('<');
    }
    return b.toString();
  }
}
