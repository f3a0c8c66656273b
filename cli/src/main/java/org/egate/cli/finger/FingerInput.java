package org.egate.cli.finger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.biometrics.finger.QualityIssue;
import org.egate.biometrics.finger.QualityReport;
import org.egate.biometrics.finger.RejectReason;

/** Reads a fingerprint file: an image (PNG, JPEG, BMP, TIFF, GIF, WSQ) or a minutiae template. */
final class FingerInput {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FingerInput() {}

  static Fingerprint load(FingerprintEngine engine, Path file, OptionalDouble dpi) throws IOException, FingerprintRejectedException {
    byte[] data = Files.readAllBytes(file);
    try {
      return engine.enroll(data, dpi);
    } catch (FingerprintRejectedException imageProblem) {
      if (imageProblem.reason() != RejectReason.UNREADABLE_IMAGE) {
        throw imageProblem;
      }
      try {
        return engine.importTemplate(data);
      } catch (FingerprintRejectedException templateProblem) {
        if (templateProblem.reason() == RejectReason.UNREADABLE_TEMPLATE) {
          throw imageProblem; // neither: the image reason is the more useful one
        }
        throw templateProblem;
      }
    }
  }

  static ObjectNode quality(QualityReport q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("acceptable", q.acceptable());
    if (q.minutiaeCount() >= 0) {
      o.put("minutiae", q.minutiaeCount());
    } else {
      o.putNull("minutiae");
    }
    number(o, "usableAreaMm2", q.usableAreaMm2());
    number(o, "imageAreaMm2", q.imageAreaMm2());
    number(o, "dpi", q.dpi());
    var issues = o.putArray("issues");
    for (QualityIssue i : q.issues()) {
      issues.add(issue(i));
    }
    return o;
  }

  static ObjectNode issue(QualityIssue i) {
    ObjectNode o = JSON.createObjectNode();
    o.put("reason", i.reason().name());
    number(o, "value", i.value());
    number(o, "threshold", i.threshold());
    o.put("message", i.message());
    return o;
  }

  private static void number(ObjectNode o, String key, double value) {
    if (Double.isFinite(value)) {
      o.put(key, Math.round(value * 100) / 100.0);
    } else {
      o.putNull(key);
    }
  }
}
