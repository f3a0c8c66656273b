package org.egate.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid MRZs of every format, generated, read back exactly; then every single-character
 * corruption of every check-digit-protected character must be caught: the result is invalid,
 * or it means exactly what the original meant (an OCR confusion corrected under the check
 * digit's confirmation, or a filler/zero swap that changes nothing).
 *
 * <p>ICAO's check digit weighs characters modulo 10, so in alphanumeric fields a substitution
 * by a character of the same value modulo 10 ({@code 0 < A K U}, {@code 1 B L V}, ...) cannot be
 * seen by any check digit; the same holds for a filler/zero swap at a TD1/TD2 document number
 * check digit, where ICAO's long-number rule makes both readings legal. Those are skipped and
 * counted, not hidden.
 */
class CorruptionPropertyTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

  record Doc(MrzFormat format, String text, MrzData expected, List<int[]> protectedRanges, int[] numberChecks) {}

  @Property(tries = 150)
  void everyProtectedCorruptionIsCaught(@ForAll("documents") Doc doc) {
    MrzResult clean = MrzReader.read(doc.text(), TODAY);
    assertThat(clean.findings()).as(doc.text()).isEmpty();
    assertThat(clean.data()).contains(doc.expected());

    char[] zone = doc.text().replace("\n", "").toCharArray();
    int lineLength = doc.format().lineLength();
    for (int[] range : doc.protectedRanges()) {
      boolean numeric = range[2] == 1;
      for (int pos = range[0]; pos < range[1]; pos++) {
        char original = zone[pos];
        for (char c : ALPHABET.toCharArray()) {
          if (c == original) {
            continue;
          }
          boolean congruent = CheckDigit.valueOf(c) % 10 == CheckDigit.valueOf(original) % 10;
          // At a TD1/TD2 number check digit a filler means "long number": a swap with 0 is
          // legal both ways.
          boolean numberCheck = isIn(pos, doc.numberChecks()) && (c == '<' || original == '<') && congruent;
          if ((congruent && !numeric) || numberCheck) {
            continue; // ICAO's blind spot, see the class comment
          }
          zone[pos] = c;
          String corrupt = lines(zone, lineLength);
          zone[pos] = original;
          MrzResult r = MrzReader.read(corrupt, TODAY);
          boolean caught = !r.valid() || r.data().equals(clean.data());
          assertThat(caught)
              .as("%s: '%s' -> '%s' at %d went unnoticed:%n%s%n%s", doc.format(), original, c, pos, corrupt, r)
              .isTrue();
        }
      }
    }
  }

  private static boolean isIn(int pos, int[] positions) {
    for (int p : positions) {
      if (p == pos) {
        return true;
      }
    }
    return false;
  }

  private static String lines(char[] zone, int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < zone.length; i += len) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(zone, i, len);
    }
    return b.toString();
  }

  @Provide
  Arbitrary<Doc> documents() {
    Arbitrary<MrzFormat> formats = Arbitraries.of(MrzFormat.values());
    Arbitrary<String> shortNumbers = Arbitraries.strings().withChars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> alnum = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(0).ofMaxLength(16);
    Arbitrary<String> names = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> states = Arbitraries.of("UTO", "TWN", "D", "XXA", "XXB", "XXC", "XXX", "UNO", "EUE", "USA", "JPN");
    Arbitrary<LocalDate> births = Arbitraries.longs().between(0, 36_000).map(n -> TODAY.minusDays(n));
    Arbitrary<LocalDate> expiries = Arbitraries.longs().between(-3650, 3650).map(n -> TODAY.plusDays(n));
    Arbitrary<Character> sexes = Arbitraries.of('M', 'F', 'X', '<');
    Arbitrary<Integer> extensions = Arbitraries.integers().between(0, 5);
    return Combinators.combine(formats, shortNumbers, alnum, names, names, states, births, expiries)
        .flatAs((f, number, opt, surname, given, state, birth, expiry) ->
            Combinators.combine(sexes, extensions, alnum).as((sex, ext, opt2) ->
                build(f, number, opt, surname, given, state, birth, expiry, sex, ext, opt2)));
  }

  static Doc build(MrzFormat f, String number, String opt, String surname, String given, String state,
      LocalDate birth, LocalDate expiry, char sex, int ext, String opt2) {
    // TD1 and TD2 sometimes carry a long number, continued in the optional data.
    boolean longNumber = (f == MrzFormat.TD1 || f == MrzFormat.TD2) && ext > 0;
    String num = longNumber ? TestMrz.pad(number, 9).replace('<', '7') + "1234".substring(0, Math.min(ext, 4)) : number;
    List<int[]> ranges = new ArrayList<>();
    String text;
    String optional;
    String optional2 = "";
    int[] numberChecks;
    switch (f) {
      case TD1: {
        String o1 = fit(opt, longNumber ? 15 - (num.length() - 9) - 2 : 15);
        // A normal TD1's first optional data starts with a filler, so that a check digit read
        // as a filler cannot be mistaken for a long number (see the class comment).
        if (!longNumber && !o1.isEmpty()) {
          o1 = "<" + o1.substring(1);
        }
        optional2 = fit(opt2, 11);
        text = TestMrz.td1("I", state, num, o1, birth, sex, expiry, state, optional2, surname, given);
        optional = o1.replaceAll("<+$", "");
        ranges.add(new int[] {5, 14, 0});
        ranges.add(new int[] {14, 15, longNumber ? 0 : 1});
        ranges.add(new int[] {15, 30, 0});
        ranges.add(new int[] {30, 36, 1});
        ranges.add(new int[] {36, 37, 1});
        ranges.add(new int[] {38, 45, 1});
        ranges.add(new int[] {48, 59, 0});
        ranges.add(new int[] {59, 60, 1});
        numberChecks = longNumber ? new int[] {14, 15 + num.length() - 9} : new int[] {14};
        break;
      }
      default: {
        int optLen = f == MrzFormat.TD3 ? 14 : f == MrzFormat.TD2 ? 7 : f == MrzFormat.MRV_A ? 16 : 8;
        String o = fit(opt, longNumber ? optLen - (num.length() - 9) - 2 : optLen);
        if (!longNumber && f == MrzFormat.TD2 && !o.isEmpty()) {
          o = "<" + o.substring(1);
        }
        text = TestMrz.twoLine(f, f.isVisa() ? "V" : f == MrzFormat.TD3 ? "P" : "I", state, surname, given,
            num, state, birth, sex, expiry, o);
        optional = o.replaceAll("<+$", "");
        int l2 = f.lineLength();
        ranges.add(new int[] {l2, l2 + 9, 0});
        ranges.add(new int[] {l2 + 9, l2 + 10, longNumber ? 0 : 1});
        ranges.add(new int[] {l2 + 13, l2 + 20, 1});
        ranges.add(new int[] {l2 + 21, l2 + 28, 1});
        if (f == MrzFormat.TD3) {
          ranges.add(new int[] {l2 + 28, l2 + 42, 0});
          ranges.add(new int[] {l2 + 42, l2 + 44, 1});
        } else if (f == MrzFormat.TD2) {
          ranges.add(new int[] {l2 + 28, l2 + 35, 0});
          ranges.add(new int[] {l2 + 35, l2 + 36, 1});
        }
        numberChecks = longNumber ? new int[] {l2 + 9, l2 + 28 + num.length() - 9}
            : f == MrzFormat.TD2 ? new int[] {l2 + 9} : new int[0];
      }
    }
    if (longNumber) {
      // The long number's own check digit sits in the optional data: numeric.
      int pos = numberChecks[1];
      ranges.add(new int[] {pos, pos + 1, 1});
    }
    String stateCode = state;
    MrzData expected = new MrzData(f, f == MrzFormat.TD1 || f == MrzFormat.TD2 ? "I" : f.isVisa() ? "V" : "P",
        stateCode, num, stateCode, birth, sexOf(sex), expiry, surname, given, false, optional, optional2);
    return new Doc(f, text, expected, ranges, numberChecks);
  }

  private static String fit(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static Sex sexOf(char c) {
    return Sex.fromCode(c);
  }
}
