package org.egate.biometrics.operating;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.ScoreOrientation;

/**
 * Thresholds for named FMR targets of one matcher, with where they were measured. Loaded from a
 * JSON resource; the format is generic over modality:
 *
 * <pre>{@code
 * { "format": "egate-operating-points/1", "modality": "finger", "version": "2026-11-27.1",
 *   "engine": "SourceAFIS 3.18.1, symmetric score", "scoreOrientation": "HIGHER_IS_MORE_SIMILAR",
 *   "dataSet": "FVC2002 DB1_B-DB4_B", "protocol": "...", "measuredOn": "2026-11-27",
 *   "points": [ { "fmr": "0.001", "threshold": 38.2, "measuredFmr": 0.0009, "measuredFnmr": 0.03 } ] }
 * }</pre>
 */
public final class OperatingPoints {
  /** The format tag every file must carry; bump its number on an incompatible change. */
  public static final String FORMAT = "egate-operating-points/1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String modality;
  private final String version;
  private final String engine;
  private final ScoreOrientation orientation;
  private final String dataSet;
  private final String protocol;
  private final LocalDate measuredOn;
  private final Map<FmrTarget, OperatingPoint> points;

  /** Builds a set of points; every text must be non-blank and the targets distinct. */
  public OperatingPoints(
      String modality,
      String version,
      String engine,
      ScoreOrientation orientation,
      String dataSet,
      String protocol,
      LocalDate measuredOn,
      List<OperatingPoint> points) {
    this.modality = nonBlank("modality", modality);
    this.version = nonBlank("version", version);
    this.engine = nonBlank("engine", engine);
    this.orientation = Objects.requireNonNull(orientation, "scoreOrientation");
    this.dataSet = nonBlank("dataSet", dataSet);
    this.protocol = nonBlank("protocol", protocol);
    this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
    Map<FmrTarget, OperatingPoint> byTarget = new TreeMap<>(Collections.reverseOrder());
    for (OperatingPoint p : points) {
      if (byTarget.put(p.target(), p) != null) {
        throw new IllegalArgumentException("operating point " + p.target() + " appears twice for " + modality);
      }
    }
    if (byTarget.isEmpty()) {
      throw new IllegalArgumentException("operating points for " + modality + " must name at least one point");
    }
    this.points = Collections.unmodifiableMap(byTarget);
  }

  private static String nonBlank(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be given but was '" + value + "'");
    }
    return value;
  }

  /**
   * The operating points egate ships for a modality ("finger", "face"): the resource
   * {@code /org/egate/biometrics/operating/<modality>.json}.
   */
  public static OperatingPoints forModality(String modality) {
    if (modality == null || !modality.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("modality must be a lower-case word but was '" + modality + "'");
    }
    return fromResource("/org/egate/biometrics/operating/" + modality + ".json");
  }

  /** Loads a classpath resource, e.g. {@code /org/egate/biometrics/operating/finger.json}. */
  public static OperatingPoints fromResource(String resource) {
    try (InputStream in = OperatingPoints.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no operating points resource " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read operating points " + resource, e);
    }
  }

  /** Reads the JSON format; {@code source} names the input in error messages. */
  public static OperatingPoints read(InputStream in, String source) throws IOException {
    JsonNode root = JSON.readTree(in);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": operating points must be a JSON object");
    }
    String format = text(root, "format", source);
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(source + ": format must be " + FORMAT + " but was '" + format + "'");
    }
    JsonNode array = root.get("points");
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(source + ": 'points' must be an array");
    }
    List<OperatingPoint> list = new java.util.ArrayList<>();
    for (JsonNode p : array) {
      list.add(
          new OperatingPoint(
              FmrTarget.parse(text(p, "fmr", source)),
              number(p, "threshold", source),
              number(p, "measuredFmr", source),
              number(p, "measuredFnmr", source)));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text(root, "measuredOn", source));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(source + ": measuredOn must be an ISO date", e);
    }
    ScoreOrientation orientation;
    try {
      orientation = ScoreOrientation.valueOf(text(root, "scoreOrientation", source));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": scoreOrientation must be one of "
          + java.util.Arrays.toString(ScoreOrientation.values()), e);
    }
    return new OperatingPoints(
        text(root, "modality", source),
        text(root, "version", source),
        text(root, "engine", source),
        orientation,
        text(root, "dataSet", source),
        text(root, "protocol", source),
        date,
        list);
  }

  private static String text(JsonNode node, String field, String source) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(source + ": '" + field + "' must be a string");
    }
    return v.asText();
  }

  private static double number(JsonNode node, String field, String source) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException(source + ": '" + field + "' must be a number");
    }
    return v.asDouble();
  }

  /** Writes {@link #toJson} to {@code file}, creating its folder if needed. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson() + "\n");
  }

  /** This set as JSON in the format {@link #read} accepts. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("modality", modality);
    root.put("version", version);
    root.put("engine", engine);
    root.put("scoreOrientation", orientation.name());
    root.put("dataSet", dataSet);
    root.put("protocol", protocol);
    root.put("measuredOn", measuredOn.toString());
    ArrayNode array = root.putArray("points");
    for (OperatingPoint p : points.values()) {
      ObjectNode o = array.addObject();
      o.put("fmr", p.target().key());
      o.put("threshold", p.threshold());
      o.put("measuredFmr", p.measuredFmr());
      o.put("measuredFnmr", p.measuredFnmr());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The point for a target; fails naming the targets that exist. */
  public OperatingPoint at(FmrTarget target) {
    OperatingPoint p = points.get(target);
    if (p == null) {
      throw new IllegalArgumentException(
          "no " + modality + " operating point at " + target + "; known: " + points.keySet());
    }
    return p;
  }

  /** Whether a score is accepted at the target's threshold. */
  public boolean accepts(double score, FmrTarget target) {
    return orientation.accepts(score, at(target).threshold());
  }

  /** All points, strictest target last. */
  public List<OperatingPoint> points() {
    return List.copyOf(points.values());
  }

  public String modality() {
    return modality;
  }

  public String version() {
    return version;
  }

  public String engine() {
    return engine;
  }

  public ScoreOrientation orientation() {
    return orientation;
  }

  public String dataSet() {
    return dataSet;
  }

  public String protocol() {
    return protocol;
  }

  public LocalDate measuredOn() {
    return measuredOn;
  }

  @Override
  public String toString() {
    return "OperatingPoints[" + modality + " " + version + ", " + engine + ", " + dataSet + ", " + measuredOn + "]";
  }
}
