package org.egate.cli.face;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;

/** JSON shapes shared by the face commands. */
final class FaceJson {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FaceJson() {
  }

  static ObjectNode analysis(String file, FaceAnalysis a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("image", file);
    n.put("width", a.image().width());
    n.put("height", a.image().height());
    n.put("facesFound", a.faces().size());
    n.put("foundBy", a.foundBy().name());
    ObjectNode box = n.putObject("faceBox");
    box.put("x", round(a.faceBox().x()));
    box.put("y", round(a.faceBox().y()));
    box.put("width", round(a.faceBox().width()));
    box.put("height", round(a.faceBox().height()));
    n.put("detectionScore", round(a.detectionScore()));
    n.put("interEyePixels", round(a.landmarks().interEyeDistance()));
    return n;
  }

  static ObjectNode rejected(String file, FaceImageException e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("image", file);
    n.put("reason", e.reason().name());
    n.put("message", e.getMessage());
    return n;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
