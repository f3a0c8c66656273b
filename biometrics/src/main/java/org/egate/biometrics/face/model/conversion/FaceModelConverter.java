package org.egate.biometrics.face.model.conversion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egate.biometrics.face.model.conversion.OnnxGraph.Attribute;
import org.egate.biometrics.face.model.conversion.WeightManifest.Weight;

/**
 * Build-time converter (run by Maven, not shipped): turns face-api's TF.js weights into three ONNX
 * models, re-stating the network definitions of face-api's TypeScript sources
 * ({@code src/ssdMobilenetv1}, {@code src/faceLandmarkNet}, {@code src/faceRecognitionNet}).
 *
 * <p>All models take NCHW float input that the Java side has already resized and normalized.
 * TF 'same' padding is ONNX {@code SAME_UPPER}; conv weights [kh,kw,in,out] become
 * [out,in,kh,kw]; depthwise [kh,kw,C,1] becomes [C,1,kh,kw] with group=C.
 *
 * <p>Usage: {@code FaceModelConverter MODEL_DIR OUT_DIR}.
 */
public final class FaceModelConverter {
  private final OnnxGraph g;
  private final WeightManifest w;

  private FaceModelConverter(OnnxGraph g, WeightManifest w) {
    this.g = g;
    this.w = w;
  }

  public static void main(String[] args) throws IOException {
    Path models = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    write(out.resolve("ssd-mobilenetv1.onnx"), detector(WeightManifest.read(models.resolve("ssd_mobilenetv1_model-weights_manifest.json"))));
    write(out.resolve("landmark68.onnx"), landmarks(WeightManifest.read(models.resolve("face_landmark_68_model-weights_manifest.json"))));
    write(out.resolve("descriptor.onnx"), descriptor(WeightManifest.read(models.resolve("face_recognition_model-weights_manifest.json"))));
  }

  private static void write(Path file, byte[] model) throws IOException {
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), model)) {
      return;
    }
    Files.write(file, model);
    System.out.println("wrote " + file + " (" + model.length + " bytes)");
  }

  // ---------------------------------------------------------------- SSD MobileNetV1 (512x512)

  static byte[] detector(WeightManifest weights) {
    OnnxGraph g = new OnnxGraph("ssd_mobilenetv1");
    FaceModelConverter c = new FaceModelConverter(g, weights);
    g.input("input", 1, 3, -1, -1); // any square size; anchors below are those of 512
    String six = g.constant("six", new float[] {6f});
    String zero = g.constant("zero", new float[] {0f});

    String x = c.pointwise("input", "MobilenetV1/Conv2d_0_pointwise", 2, zero, six);
    String conv11 = null;
    for (int i = 1; i <= 13; i++) {
      int stride = (i == 2 || i == 4 || i == 6 || i == 12) ? 2 : 1;
      String p = "MobilenetV1/Conv2d_" + i + "_depthwise";
      String dw = c.depthwise(x, p + "/depthwise_weights", stride, null);
      String bn = g.node("BatchNormalization", List.of(dw, c.vec(p + "/BatchNorm/gamma"), c.vec(p + "/BatchNorm/beta"),
          c.vec(p + "/BatchNorm/moving_mean"), c.vec(p + "/BatchNorm/moving_variance")),
          Attribute.real("epsilon", 0.0010000000474974513f));
      x = g.node("Clip", List.of(bn, zero, six));
      x = c.pointwise(x, "MobilenetV1/Conv2d_" + i + "_pointwise", 1, zero, six);
      if (i == 11) {
        conv11 = x;
      }
    }
    String[] pred = new String[8];
    String in = x;
    for (int i = 0; i < 8; i++) {
      pred[i] = c.pointwise(in, "Prediction/Conv2d_" + i + "_pointwise", i % 2 == 1 ? 2 : 1, zero, six);
      in = pred[i];
    }
    String[] sources = {conv11, x, pred[1], pred[3], pred[5], pred[7]};
    String[] boxes = new String[6];
    String[] classes = new String[6];
    String shape4 = g.constantLongs("shape_box", new long[] {1, -1, 4}, 3);
    String shape3 = g.constantLongs("shape_class", new long[] {1, -1, 3}, 3);
    for (int i = 0; i < 6; i++) {
      String p = "Prediction/BoxPredictor_" + i;
      boxes[i] = c.toRows(c.conv(sources[i], p + "/BoxEncodingPredictor/weights", p + "/BoxEncodingPredictor/biases", 1, "SAME_UPPER"), shape4);
      classes[i] = c.toRows(c.conv(sources[i], p + "/ClassPredictor/weights", p + "/ClassPredictor/biases", 1, "SAME_UPPER"), shape3);
    }
    g.node("Concat", List.of(boxes), List.of("box_encodings"), Attribute.integer("axis", 1));
    g.node("Concat", List.of(classes), List.of("class_logits"), Attribute.integer("axis", 1));
    Weight anchors = weights.get("Output/extra_dim");
    g.constant("anchor_values", anchors.values(), 1, anchors.shape()[1], 4);
    g.node("Identity", List.of("anchor_values"), List.of("anchors"));
    g.output("box_encodings", 1, -1, 4);
    g.output("class_logits", 1, -1, 3);
    g.output("anchors", 1, 5118, 4);
    return g.toModel();
  }

  /** NHWC-ordered rows like TF's reshape of the NHWC conv output: [1,C,H,W] -> [1,H*W*A,k]. */
  private String toRows(String nchw, String shape) {
    String nhwc = g.node("Transpose", List.of(nchw), Attribute.ints("perm", 0, 2, 3, 1));
    return g.node("Reshape", List.of(nhwc, shape));
  }

  private String pointwise(String x, String prefix, int stride, String zero, String six) {
    String conv = conv(x, prefix + "/weights", prefix + "/convolution_bn_offset", stride, "SAME_UPPER");
    return g.node("Clip", List.of(conv, zero, six));
  }

  // ---------------------------------------------------------------- 68-point landmarks (112x112)

  static byte[] landmarks(WeightManifest weights) {
    OnnxGraph g = new OnnxGraph("face_landmark_68");
    FaceModelConverter c = new FaceModelConverter(g, weights);
    g.input("input", 1, 3, 112, 112);
    String x = "input";
    for (int b = 0; b < 4; b++) {
      x = c.denseBlock4(x, "dense" + b, b == 0);
    }
    String pooled = g.node("AveragePool", List.of(x), Attribute.ints("kernel_shape", 7, 7), Attribute.ints("strides", 2, 2));
    String flat = g.node("Flatten", List.of(pooled), Attribute.integer("axis", 1));
    Weight fc = weights.get("fc/weights");
    String fcw = g.constant("fc_w", fc.values(), fc.shape()[0], fc.shape()[1]);
    g.node("Gemm", List.of(flat, fcw, c.vec("fc/bias")), List.of("landmarks"));
    g.output("landmarks", 1, 136);
    return g.toModel();
  }

  private String denseBlock4(String x, String prefix, boolean first) {
    String out1 = first
        ? conv(x, prefix + "/conv0/filters", prefix + "/conv0/bias", 2, "SAME_UPPER")
        : separable(x, prefix + "/conv0", 2);
    out1 = g.node("Relu", List.of(out1));
    String out2 = separable(out1, prefix + "/conv1", 1);
    String in3 = g.node("Relu", List.of(g.node("Add", List.of(out1, out2))));
    String out3 = separable(in3, prefix + "/conv2", 1);
    String in4 = g.node("Relu", List.of(g.node("Add", List.of(out1, g.node("Add", List.of(out2, out3))))));
    String out4 = separable(in4, prefix + "/conv3", 1);
    return g.node("Relu", List.of(g.node("Add", List.of(out1,
        g.node("Add", List.of(out2, g.node("Add", List.of(out3, out4))))))));
  }

  private String separable(String x, String prefix, int stride) {
    String dw = depthwise(x, prefix + "/depthwise_filter", stride, null);
    return conv(dw, prefix + "/pointwise_filter", prefix + "/bias", 1, "SAME_UPPER");
  }

  // ---------------------------------------------------------------- ResNet-34-like descriptor (150x150)

  static byte[] descriptor(WeightManifest weights) {
    OnnxGraph g = new OnnxGraph("face_recognition");
    FaceModelConverter c = new FaceModelConverter(g, weights);
    g.input("input", 1, 3, 150, 150);
    String x = c.convScale("input", "conv32_down", 2, "VALID", true);
    x = g.node("MaxPool", List.of(x), Attribute.ints("kernel_shape", 3, 3), Attribute.ints("strides", 2, 2));
    x = c.residual(x, "conv32_1");
    x = c.residual(x, "conv32_2");
    x = c.residual(x, "conv32_3");
    x = c.residualDown(x, "conv64_down", 35, 32, 64);
    x = c.residual(x, "conv64_1");
    x = c.residual(x, "conv64_2");
    x = c.residual(x, "conv64_3");
    x = c.residualDown(x, "conv128_down", 17, 64, 128);
    x = c.residual(x, "conv128_1");
    x = c.residual(x, "conv128_2");
    x = c.residualDown(x, "conv256_down", 8, 128, 256);
    x = c.residual(x, "conv256_1");
    x = c.residual(x, "conv256_2");
    x = c.residualDown(x, "conv256_down_out", 4, 256, 256);
    String mean = g.node("ReduceMean", List.of(x), Attribute.ints("axes", 2, 3), Attribute.integer("keepdims", 0));
    Weight fc = weights.get("fc");
    String fcw = g.constant("fc_w", fc.values(), fc.shape()[0], fc.shape()[1]);
    g.node("MatMul", List.of(mean, fcw), List.of("descriptor"));
    g.output("descriptor", 1, 128);
    return g.toModel();
  }

  private String convScale(String x, String prefix, int stride, String pad, boolean relu) {
    String conv = conv(x, prefix + "/conv/filters", prefix + "/conv/bias", stride, pad);
    String scaled = g.node("Add", List.of(g.node("Mul", List.of(conv, channelVec(prefix + "/scale/weights"))),
        channelVec(prefix + "/scale/biases")));
    return relu ? g.node("Relu", List.of(scaled)) : scaled;
  }

  private String residual(String x, String prefix) {
    String out = convScale(x, prefix + "/conv1", 1, "SAME_UPPER", true);
    out = convScale(out, prefix + "/conv2", 1, "SAME_UPPER", false);
    return g.node("Relu", List.of(g.node("Add", List.of(out, x))));
  }

  /**
   * face-api's residualDown: the main path is a 'valid' stride-2 conv; the shortcut a 2x2 average
   * pool. Where their sizes differ the main path gets a zero row and column at the end, and where
   * channels differ the shortcut gets zero channels appended.
   */
  private String residualDown(String x, String prefix, int inSize, int inChannels, int outChannels) {
    String out = convScale(x, prefix + "/conv1", 2, "VALID", true);
    out = convScale(out, prefix + "/conv2", 1, "SAME_UPPER", false);
    String pooled = g.node("AveragePool", List.of(x), Attribute.ints("kernel_shape", 2, 2), Attribute.ints("strides", 2, 2));
    int mainSize = (inSize - 3) / 2 + 1;
    int poolSize = inSize / 2;
    if (mainSize != poolSize) {
      String pads = g.constantLongs(g.fresh("pads"), new long[] {0, 0, 0, 0, 0, 0, poolSize - mainSize, poolSize - mainSize}, 8);
      out = g.node("Pad", List.of(out, pads));
    }
    if (inChannels != outChannels) {
      String pads = g.constantLongs(g.fresh("pads"), new long[] {0, 0, 0, 0, 0, outChannels - inChannels, 0, 0}, 8);
      pooled = g.node("Pad", List.of(pooled, pads));
    }
    return g.node("Relu", List.of(g.node("Add", List.of(pooled, out))));
  }

  // ---------------------------------------------------------------- shared layers

  /** Conv with TF filter layout [kh,kw,in,out] and optional bias. */
  private String conv(String x, String filterName, String biasName, int stride, String pad) {
    Weight f = w.get(filterName);
    int kh = f.shape()[0];
    int kw = f.shape()[1];
    int cin = f.shape()[2];
    int cout = f.shape()[3];
    float[] onnx = new float[f.size()];
    for (int h = 0; h < kh; h++) {
      for (int ww = 0; ww < kw; ww++) {
        for (int i = 0; i < cin; i++) {
          for (int o = 0; o < cout; o++) {
            onnx[((o * cin + i) * kh + h) * kw + ww] = f.values()[((h * kw + ww) * cin + i) * cout + o];
          }
        }
      }
    }
    String filter = g.constant(g.fresh("w"), onnx, cout, cin, kh, kw);
    List<String> in = biasName == null ? List.of(x, filter) : List.of(x, filter, vec(biasName));
    return g.node("Conv", in, Attribute.ints("kernel_shape", kh, kw), Attribute.ints("strides", stride, stride),
        Attribute.string("auto_pad", pad));
  }

  /** Depthwise conv with TF layout [kh,kw,C,1] -> ONNX [C,1,kh,kw], group=C. */
  private String depthwise(String x, String filterName, int stride, String biasName) {
    Weight f = w.get(filterName);
    int kh = f.shape()[0];
    int kw = f.shape()[1];
    int ch = f.shape()[2];
    float[] onnx = new float[f.size()];
    for (int h = 0; h < kh; h++) {
      for (int ww = 0; ww < kw; ww++) {
        for (int c = 0; c < ch; c++) {
          onnx[(c * kh + h) * kw + ww] = f.values()[(h * kw + ww) * ch + c];
        }
      }
    }
    String filter = g.constant(g.fresh("dw"), onnx, ch, 1, kh, kw);
    List<String> in = biasName == null ? List.of(x, filter) : List.of(x, filter, vec(biasName));
    return g.node("Conv", in, Attribute.ints("kernel_shape", kh, kw), Attribute.ints("strides", stride, stride),
        Attribute.integer("group", ch), Attribute.string("auto_pad", "SAME_UPPER"));
  }

  private String vec(String name) {
    Weight v = w.get(name);
    return g.constant(g.fresh("v"), v.values(), v.size());
  }

  private String channelVec(String name) {
    Weight v = w.get(name);
    return g.constant(g.fresh("c"), v.values(), 1, v.size(), 1, 1);
  }
}
