package org.egate.simulator.capacity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads measured service times: numbers of seconds separated by white space, commas or line
 * breaks; {@code #} starts a comment. Every refusal is an {@link IllegalArgumentException} whose
 * message names the file and, for a bad number, its line.
 */
public final class ServiceTimesFile {
  /** More times than this is not a measurement file; it bounds memory. */
  static final int MAX_TIMES = 10_000_000;

  private ServiceTimesFile() {}

  public static EmpiricalServiceTimes read(Path file) {
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException("'" + file + "' is a directory, not a file of service times");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: '" + file + "'");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read '" + file + "': " + e.getMessage(), e);
    }
    return parse(text, "'" + file + "'");
  }

  /** Where {@link #endToEnd()} reads from: written by {@code egate simulate --travelers ... --service-times-out}. */
  public static final String END_TO_END_RESOURCE = "end-to-end-lane-seconds.txt";

  /**
   * The lane seconds per traveler measured by the end-to-end run (issue 5 step 7) that ships with
   * egate: the capacity model's default. The file's first comment line names the run.
   */
  public static EmpiricalServiceTimes endToEnd() {
    try (InputStream in = ServiceTimesFile.class.getResourceAsStream(END_TO_END_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build lost " + END_TO_END_RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String firstLine = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
      return parse(text, "measured by the end-to-end run: " + firstLine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes seconds in the format {@link #parse} reads, under comment lines (the first names the run). */
  public static void write(Path file, List<String> comments, double[] seconds) throws IOException {
    StringBuilder text = new StringBuilder();
    comments.forEach(c -> text.append("# ").append(c).append('\n'));
    for (double s : seconds) {
      text.append(String.format(java.util.Locale.ROOT, "%.3f", s)).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  public static EmpiricalServiceTimes parse(String text, String source) {
    double[] times = new double[16];
    int n = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String content = lines[line];
      int hash = content.indexOf('#');
      if (hash >= 0) {
        content = content.substring(0, hash);
      }
      for (String token : content.split("[\\s,]+")) {
        if (token.isEmpty()) {
          continue;
        }
        double value;
        try {
          value = Double.parseDouble(token);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              source + " line " + (line + 1) + ": '" + token + "' is not a number of seconds");
        }
        if (!(value > 0) || !Double.isFinite(value)) {
          throw new IllegalArgumentException(
              source + " line " + (line + 1) + ": a service time must be a positive number of seconds but was '" + token + "'");
        }
        if (n == MAX_TIMES) {
          throw new IllegalArgumentException(source + " holds more than " + MAX_TIMES + " service times");
        }
        if (n == times.length) {
          times = Arrays.copyOf(times, times.length * 2);
        }
        times[n++] = value;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no service times in " + source);
    }
    return new EmpiricalServiceTimes(Arrays.copyOf(times, n), source);
  }
}
