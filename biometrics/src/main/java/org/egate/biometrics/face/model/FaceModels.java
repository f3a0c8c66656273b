package org.egate.biometrics.face.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The three ONNX models built from face-api's weights at build time (see
 * docs/decisions/0030-face-models-built-from-npm.md), loaded from the classpath into ONNX Runtime
 * sessions. Thread-safe: ORT sessions may be run concurrently.
 */
public final class FaceModels implements AutoCloseable {
  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession detector;
  private final OrtSession landmarks;
  private final OrtSession descriptor;

  private FaceModels(int threadsPerModel) {
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threadsPerModel);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      detector = env.createSession(resource("ssd-mobilenetv1.onnx"), options);
      landmarks = env.createSession(resource("landmark68.onnx"), options);
      descriptor = env.createSession(resource("descriptor.onnx"), options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load face models into ONNX Runtime", e);
    }
  }

  /** Models that run each inference on {@code threads} threads (1 for lane use and benchmarks). */
  public static FaceModels load(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    return new FaceModels(threads);
  }

  private static byte[] resource(String name) {
    try (InputStream in = FaceModels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("face model " + name + " is not on the classpath (built by the biometrics module's Maven build)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SSD outputs: box encodings [N*4], class logits [N*3]. */
  public float[][] detect(float[] input, int size) {
    return run(detector, input, size, "box_encodings", "class_logits");
  }

  /** The anchors face-api stores with the model (those of a 512 input), [5118*4]. */
  public float[] storedAnchors() {
    return run(detector, new float[3 * 64 * 64], 64, "anchors")[0];
  }

  /** 136 values: x0,y0,x1,y1,... relative to the 112x112 square input. */
  public float[] landmarks(float[] input) {
    return run(landmarks, input, 112, "landmarks")[0];
  }

  /** The 128-D descriptor of a 150x150 input. */
  public float[] descriptor(float[] input) {
    return run(descriptor, input, 150, "descriptor")[0];
  }

  private float[][] run(OrtSession session, float[] input, int size, String... outputs) {
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 3, size, size});
         OrtSession.Result result = session.run(Map.of("input", tensor))) {
      float[][] out = new float[outputs.length][];
      for (int i = 0; i < outputs.length; i++) {
        FloatBuffer buffer = ((OnnxTensor) result.get(outputs[i]).orElseThrow()).getFloatBuffer();
        out[i] = new float[buffer.remaining()];
        buffer.get(out[i]);
      }
      return out;
    } catch (OrtException e) {
      throw new IllegalStateException("face model inference failed", e);
    }
  }

  @Override
  public void close() {
    try {
      detector.close();
      landmarks.close();
      descriptor.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close face models", e);
    }
  }
}
