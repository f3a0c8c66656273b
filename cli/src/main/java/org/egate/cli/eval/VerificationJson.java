package org.egate.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalDouble;
import org.egate.biometrics.eval.ErrorRates;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.Verification;

/**
 * The JSON summary every {@code egate eval} command prints (DESIGN.md contract): {@code genuine},
 * {@code impostor}, {@code eer}, {@code fnmrAt} and {@code thresholdAt} keyed "0.01", "0.001",
 * "0.0001", and {@code fmrAt} (the FMR measured at each threshold). Rates are fractions in
 * [0, 1]; what cannot be computed (an empty set) is null.
 */
public final class VerificationJson {
  /** Pretty-printing mapper shared by the eval commands. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private VerificationJson() {}

  /** Summary at the reported targets. */
  public static ObjectNode summary(Verification v) {
    return summary(v, FmrTarget.REPORTED);
  }

  /** Summary at the given targets. */
  public static ObjectNode summary(Verification v, List<FmrTarget> targets) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("genuine", v.genuineCount());
    o.put("impostor", v.impostorCount());
    put(o, "eer", v.eer());
    ObjectNode fnmr = o.putObject("fnmrAt");
    ObjectNode threshold = o.putObject("thresholdAt");
    ObjectNode fmr = o.putObject("fmrAt");
    for (FmrTarget t : targets) {
      put(fnmr, t.key(), v.fnmrAt(t));
      put(threshold, t.key(), v.thresholdAt(t));
      put(fmr, t.key(), v.ratesAt(t).stream().mapToDouble(ErrorRates::fmr).findFirst());
    }
    return o;
  }

  /** Puts a number, or null when absent. */
  public static void put(ObjectNode o, String key, OptionalDouble value) {
    if (value.isPresent()) {
      o.put(key, value.getAsDouble());
    } else {
      o.putNull(key);
    }
  }
}
