package org.egate.lane.device.simulated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Device figures from a small text file, so an agency can run the simulator on its own hardware's
 * data sheet or stopwatch figures instead of {@link DeviceProfiles#TYPICAL}. One device per line,
 * times in milliseconds, {@code #} starts a comment:
 *
 * <pre>
 * reader    = 1200 2500 5000   # median p95 timeout
 * camera    = 250 500 1000
 * scanner   = 1000 2000 5000
 * door      = 900 1300 3000
 * occupancy = 100 100 1000     # median = p95: a fixed time
 * walk      = 1400 2500        # half the lane, median p95
 * pastOpenDoor = 930           # through an open door no sooner than this after it opened
 * walkWithTheDoor = true       # false: the traveler stands until each door is fully open
 * </pre>
 *
 * Every key must be given once; devices are fault-free (faults are for tests and the demo).
 */
public final class DeviceProfilesFile {

  private static final List<String> DEVICES = List.of("reader", "camera", "scanner", "door", "occupancy");
  private static final Set<String> KEYS = Set.of("reader", "camera", "scanner", "door", "occupancy", "walk",
      "pastOpenDoor", "walkWithTheDoor");

  private DeviceProfilesFile() {}

  /**
   * Reads the file.
   *
   * @throws IllegalArgumentException naming the file, line and what is wrong
   * @throws IOException when the file cannot be read
   */
  public static DeviceProfiles read(Path file) throws IOException {
    return parse(Files.readAllLines(file), file.toString());
  }

  static DeviceProfiles parse(List<String> lines, String name) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (text.isEmpty()) {
        continue;
      }
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'key = values' but was '" + text + "'");
      }
      String key = text.substring(0, eq).strip();
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": unknown key '" + key + "'; the keys are "
            + String.join(", ", List.of("reader", "camera", "scanner", "door", "occupancy", "walk", "pastOpenDoor",
            "walkWithTheDoor")));
      }
      if (values.putIfAbsent(key, text.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": '" + key + "' is given twice");
      }
      lineOf.put(key, i + 1);
    }
    List<String> missing = new ArrayList<>(KEYS.stream().filter(k -> !values.containsKey(k)).sorted().toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(name + ": missing " + String.join(", ", missing));
    }
    List<DeviceProfile> devices = new ArrayList<>();
    for (String device : DEVICES) {
      long[] ms = numbers(values.get(device), 3, name, lineOf.get(device), device + " = median p95 timeout");
      devices.add(DeviceProfile.reliable(latency(ms[0], ms[1], name, lineOf.get(device)), Duration.ofMillis(ms[2])));
    }
    long[] walk = numbers(values.get("walk"), 2, name, lineOf.get("walk"), "walk = median p95");
    long[] past = numbers(values.get("pastOpenDoor"), 1, name, lineOf.get("pastOpenDoor"), "pastOpenDoor = ms");
    String with = values.get("walkWithTheDoor");
    if (!with.equals("true") && !with.equals("false")) {
      throw new IllegalArgumentException(name + " line " + lineOf.get("walkWithTheDoor")
          + ": walkWithTheDoor must be true or false but was '" + with + "'");
    }
    Walking walking = new Walking(latency(walk[0], walk[1], name, lineOf.get("walk")), Duration.ofMillis(past[0]),
        Boolean.parseBoolean(with));
    return new DeviceProfiles(devices.get(0), devices.get(1), devices.get(2), devices.get(3), devices.get(4), walking);
  }

  private static Latency latency(long median, long p95, String name, int line) {
    if (median <= 0 || p95 < median) {
      throw new IllegalArgumentException(name + " line " + line + ": need 0 < median <= p95 but median was " + median
          + " ms and p95 " + p95 + " ms");
    }
    return median == p95 ? Latency.fixed(Duration.ofMillis(median))
        : Latency.logNormal(Duration.ofMillis(median), Duration.ofMillis(p95));
  }

  private static long[] numbers(String text, int count, String name, int line, String form) {
    String[] parts = text.split("\\s+");
    if (parts.length != count) {
      throw new IllegalArgumentException(name + " line " + line + ": expected '" + form + "' (" + count
          + " whole milliseconds) but was '" + text + "'");
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      try {
        out[i] = Long.parseLong(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " line " + line + ": '" + parts[i]
            + "' is not a whole number of milliseconds (" + form + ")");
      }
      if (out[i] <= 0) {
        throw new IllegalArgumentException(name + " line " + line + ": times must be positive but one was " + out[i]);
      }
    }
    return out;
  }
}
