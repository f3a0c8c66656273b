package org.egate.simulator.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

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
