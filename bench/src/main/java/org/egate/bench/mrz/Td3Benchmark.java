package org.egate.bench.mrz;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.jmrtd.lds.icao.MRZInfo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TD3 parse + validate throughput on one thread: egate's {@link MrzReader} and JMRTD's
 * {@link MRZInfo} on the same 1024 distinct valid passports, cycled.
 *
 * <ul>
 *   <li>{@code egate}: decode every field and verify all five check digits, dates, codes.
 *   <li>{@code jmrtd}: {@code new MRZInfo(String)}, which parses but checks no digit.
 *   <li>{@code jmrtdWithCheckDigits}: the same plus {@link MRZInfo#checkDigit} on number, birth,
 *       expiry and composite, compared with the printed digits: the fair "validation" peer.
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Td3Benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class Td3Benchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final int N = 1024;

  private String[] inputs;
  private String[] oneLine;
  private int next;

  @Setup
  public void setup() {
    inputs = Td3Inputs.generate(N, TODAY);
    oneLine = new String[N];
    for (int i = 0; i < N; i++) {
      oneLine[i] = inputs[i].replace("\n", "");
      MrzResult r = MrzReader.read(inputs[i], TODAY);
      MRZInfo info = new MRZInfo(oneLine[i]);
      if (!r.valid() || !r.data().orElseThrow().documentNumber().equals(info.getDocumentNumber())
          || !jmrtdChecks(info, oneLine[i])) {
        throw new IllegalStateException("benchmark input not read alike: " + inputs[i] + " " + r);
      }
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & (N - 1);
    return i;
  }

  @Benchmark
  public MrzResult egate() {
    return MrzReader.read(inputs[index()], TODAY);
  }

  @Benchmark
  public MRZInfo jmrtd() {
    return new MRZInfo(oneLine[index()]);
  }

  @Benchmark
  public boolean jmrtdWithCheckDigits() {
    String s = oneLine[index()];
    return jmrtdChecks(new MRZInfo(s), s);
  }

  /** Check digits through JMRTD's own routine, against the characters printed in line 2. */
  private static boolean jmrtdChecks(MRZInfo info, String s) {
    String l2 = s.substring(44);
    String number = l2.substring(0, 9);
    return MRZInfo.checkDigit(number) == l2.charAt(9)
        && MRZInfo.checkDigit(info.getDateOfBirth()) == l2.charAt(19)
        && MRZInfo.checkDigit(info.getDateOfExpiry()) == l2.charAt(27)
        && MRZInfo.checkDigit(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43)) == l2.charAt(43);
  }
}
