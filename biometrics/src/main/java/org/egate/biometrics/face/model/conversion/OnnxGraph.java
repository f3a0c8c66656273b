package org.egate.biometrics.face.model.conversion;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal ONNX graph builder that writes the ModelProto wire format directly with protobuf's
 * {@link CodedOutputStream} (IR version 8, default opset 13), so no generated ONNX classes are needed.
 * Field numbers follow onnx.proto3.
 */
final class OnnxGraph {
  static final int IR_VERSION = 8;
  static final int OPSET = 13;
  private static final int FLOAT = 1;
  private static final int INT64 = 7;

  private final String name;
  private final List<byte[]> nodes = new ArrayList<>();
  private final List<byte[]> initializers = new ArrayList<>();
  private final List<byte[]> inputs = new ArrayList<>();
  private final List<byte[]> outputs = new ArrayList<>();
  private int counter;

  OnnxGraph(String name) {
    this.name = name;
  }

  String fresh(String prefix) {
    return prefix + "_" + counter++;
  }

  void input(String tensor, long... shape) {
    inputs.add(valueInfo(tensor, shape));
  }

  void output(String tensor, long... shape) {
    outputs.add(valueInfo(tensor, shape));
  }

  String constant(String tensorName, float[] values, long... dims) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      raw.putFloat(v);
    }
    initializers.add(tensor(tensorName, FLOAT, dims, raw.array()));
    return tensorName;
  }

  String constantLongs(String tensorName, long[] values, long... dims) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      raw.putLong(v);
    }
    initializers.add(tensor(tensorName, INT64, dims, raw.array()));
    return tensorName;
  }

  /** Adds a node; returns its (single) output name. */
  String node(String opType, List<String> in, Attribute... attributes) {
    String out = fresh(opType.toLowerCase());
    node(opType, in, List.of(out), attributes);
    return out;
  }

  void node(String opType, List<String> in, List<String> out, Attribute... attributes) {
    nodes.add(message(o -> {
      for (String s : in) {
        o.writeString(1, s);
      }
      for (String s : out) {
        o.writeString(2, s);
      }
      o.writeString(3, out.get(0) + "_node");
      o.writeString(4, opType);
      for (Attribute a : attributes) {
        o.writeByteArray(5, a.bytes());
      }
    }));
  }

  byte[] toModel() {
    byte[] graph = message(o -> {
      for (byte[] n : nodes) {
        o.writeByteArray(1, n);
      }
      o.writeString(2, name);
      for (byte[] t : initializers) {
        o.writeByteArray(5, t);
      }
      for (byte[] i : inputs) {
        o.writeByteArray(11, i);
      }
      for (byte[] x : outputs) {
        o.writeByteArray(12, x);
      }
    });
    byte[] opset = message(o -> {
      o.writeString(1, "");
      o.writeInt64(2, OPSET);
    });
    return message(o -> {
      o.writeInt64(1, IR_VERSION);
      o.writeString(2, "egate-face-model-converter");
      o.writeString(3, "0.1");
      o.writeByteArray(7, graph);
      o.writeByteArray(8, opset);
    });
  }

  private static byte[] tensor(String tensorName, int dataType, long[] dims, byte[] raw) {
    return message(o -> {
      for (long d : dims) {
        o.writeInt64(1, d);
      }
      o.writeInt32(2, dataType);
      o.writeString(8, tensorName);
      o.writeByteArray(9, raw);
    });
  }

  private static byte[] valueInfo(String tensorName, long[] shape) {
    byte[] shapeProto = message(o -> {
      for (int i = 0; i < shape.length; i++) {
        long d = shape[i];
        String param = tensorName + "_d" + i;
        byte[] dim = d < 0 ? message(x -> x.writeString(2, param)) : message(x -> x.writeInt64(1, d));
        o.writeByteArray(1, dim);
      }
    });
    byte[] tensorType = message(o -> {
      o.writeInt32(1, FLOAT);
      o.writeByteArray(2, shapeProto);
    });
    byte[] type = message(o -> o.writeByteArray(1, tensorType));
    return message(o -> {
      o.writeString(1, tensorName);
      o.writeByteArray(2, type);
    });
  }

  interface Writer {
    void write(CodedOutputStream out) throws IOException;
  }

  static byte[] message(Writer writer) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      writer.write(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An ONNX AttributeProto. */
  record Attribute(byte[] bytes) {
    static Attribute ints(String name, long... values) {
      return new Attribute(message(o -> {
        o.writeString(1, name);
        for (long v : values) {
          o.writeInt64(8, v);
        }
        o.writeInt32(20, 7);
      }));
    }

    static Attribute integer(String name, long value) {
      return new Attribute(message(o -> {
        o.writeString(1, name);
        o.writeInt64(3, value);
        o.writeInt32(20, 2);
      }));
    }

    static Attribute real(String name, float value) {
      return new Attribute(message(o -> {
        o.writeString(1, name);
        o.writeFloat(2, value);
        o.writeInt32(20, 1);
      }));
    }

    static Attribute string(String name, String value) {
      return new Attribute(message(o -> {
        o.writeString(1, name);
        o.writeBytes(4, com.google.protobuf.ByteString.copyFromUtf8(value));
        o.writeInt32(20, 3);
      }));
    }
  }
}
