package org.egate.biometrics.face.model.conversion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a TF.js weights manifest and its shard files; uint8-quantized tensors are dequantized the
 * way TF.js does ({@code value = q * scale + min}).
 */
final class WeightManifest {
  private final Map<String, Weight> weights = new LinkedHashMap<>();

  record Weight(String name, int[] shape, float[] values) {
    int size() {
      return values.length;
    }
  }

  static WeightManifest read(Path manifest) throws IOException {
    WeightManifest result = new WeightManifest();
    JsonNode groups = new ObjectMapper().readTree(manifest.toFile());
    for (JsonNode group : groups) {
      ByteBuffer data = concat(manifest.getParent(), group.get("paths"));
      for (JsonNode w : group.get("weights")) {
        int[] shape = new int[w.get("shape").size()];
        int size = 1;
        for (int i = 0; i < shape.length; i++) {
          shape[i] = w.get("shape").get(i).asInt();
          size *= shape[i];
        }
        float[] values = new float[size];
        JsonNode q = w.get("quantization");
        String dtype = w.get("dtype").asText();
        if (q != null) {
          if (!"uint8".equals(q.get("dtype").asText())) {
            throw new IOException("unsupported quantization " + q.get("dtype") + " of " + w.get("name"));
          }
          double scale = q.get("scale").asDouble();
          double min = q.get("min").asDouble();
          for (int i = 0; i < size; i++) {
            values[i] = (float) ((data.get() & 0xff) * scale + min);
          }
        } else if ("float32".equals(dtype)) {
          for (int i = 0; i < size; i++) {
            values[i] = data.getFloat();
          }
        } else if ("int32".equals(dtype)) {
          for (int i = 0; i < size; i++) {
            values[i] = data.getInt();
          }
        } else {
          throw new IOException("unsupported dtype " + dtype + " of " + w.get("name"));
        }
        result.weights.put(w.get("name").asText(), new Weight(w.get("name").asText(), shape, values));
      }
      if (data.hasRemaining()) {
        throw new IOException(data.remaining() + " bytes left over in " + manifest);
      }
    }
    return result;
  }

  private static ByteBuffer concat(Path dir, JsonNode paths) throws IOException {
    byte[][] parts = new byte[paths.size()][];
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = Files.readAllBytes(dir.resolve(paths.get(i).asText()));
      total += parts[i].length;
    }
    ByteBuffer all = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    for (byte[] p : parts) {
      all.put(p);
    }
    return all.flip();
  }

  Weight get(String name) {
    Weight w = weights.get(name);
    if (w == null) {
      throw new IllegalArgumentException("no weight " + name);
    }
    return w;
  }
}
