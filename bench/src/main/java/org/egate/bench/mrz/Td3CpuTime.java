package org.egate.bench.mrz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.egate.document.mrz.MrzReader;
import org.jmrtd.lds.icao.MRZInfo;

/**
 * A cross-check of {@link Td3Benchmark} for a shared, overloaded machine: the same inputs,
 * egate and JMRTD alternating in rounds, timed by this thread's CPU time (time the thread is
 * descheduled does not count). JMH's wall-clock figures remain the reference; this gives a
 * steadier ratio when other processes compete for the cores.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.egate.bench.mrz.Td3CpuTime [reads per round]}.
 */
public final class Td3CpuTime {
  private Td3CpuTime() {}

  public static void main(String[] args) {
    LocalDate today = LocalDate.of(2026, 11, 27);
    String[] inputs = Td3Inputs.generate(1024, today);
    String[] oneLine = new String[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      oneLine[i] = inputs[i].replace("\n", "");
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 1; round <= 8; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += MrzReader.read(inputs[i & 1023], today).findings().size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += new MRZInfo(oneLine[i & 1023]).getDocumentNumber().length();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      double egate = (t1 - t0) / (double) n;
      double jmrtd = (t2 - t1) / (double) n;
      System.out.printf("round %d%s: egate %.0f ns/op (%.2f M/s per core), JMRTD MRZInfo %.0f ns/op (%.2f M/s), ratio %.2f%n",
          round, round <= 2 ? " (warm-up)" : "", egate, 1000 / egate, jmrtd, 1000 / jmrtd, jmrtd / egate);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
