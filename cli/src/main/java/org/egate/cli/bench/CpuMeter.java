package org.egate.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM (server and load generator) and by the embedded PostgreSQL's
 * processes (Linux /proc), so a run on a shared, loaded machine still says what a request costs.
 */
final class CpuMeter {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
  private final String dataDir;

  CpuMeter(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().toString();
  }

  /**
   * CPU seconds: the whole JVM; of it, the JIT compiler threads (a warm-up cost that short runs
   * would otherwise charge to each request) and the load generator's threads (named
   * {@code bench-*}); and PostgreSQL.
   */
  record Sample(double jvmSeconds, double postgresSeconds, double jitSeconds, double loadGeneratorSeconds) {
    Sample minus(Sample earlier) {
      return new Sample(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds, jitSeconds - earlier.jitSeconds,
          loadGeneratorSeconds - earlier.loadGeneratorSeconds);
    }

    /** The server's own share: the JVM less JIT compilation and the load generator. */
    double serverSeconds() {
      return jvmSeconds - jitSeconds - loadGeneratorSeconds;
    }
  }

  Sample sample() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    long jit = 0;
    long generator = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
          if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            jit += ticks;
          } else if (comm.startsWith("bench-") || comm.startsWith("HttpClient-")) {
            generator += ticks;
          }
        } catch (IOException | RuntimeException e) {
          // thread gone
        }
      }
    } catch (IOException e) {
      return new Sample(jvm, postgres(), Double.NaN, Double.NaN);
    }
    return new Sample(jvm, postgres(), jit / TICKS_PER_SECOND, generator / TICKS_PER_SECOND);
  }

  private double postgres() {
    long postmaster = -1;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
          if (cmd.contains("postgres") && cmd.contains(dataDir)) {
            postmaster = Long.parseLong(name);
            break;
          }
        } catch (IOException | RuntimeException e) {
          // process gone
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    if (postmaster < 0) {
      return Double.NaN;
    }
    long ticks = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = Files.readString(p.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long pid = Long.parseLong(name);
          long ppid = Long.parseLong(f[1]);
          if (pid == postmaster || ppid == postmaster) {
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
          }
        } catch (IOException | RuntimeException e) {
          // process gone
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    return ticks / TICKS_PER_SECOND;
  }
}
