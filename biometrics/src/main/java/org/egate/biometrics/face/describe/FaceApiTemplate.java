package org.egate.biometrics.face.describe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The stored form of a face descriptor, {@value #FORMAT}: the 128 values as float32,
 * little-endian (512 bytes), as face-api itself keeps them in a {@code Float32Array}. The one
 * place that writes and reads it: the server stores enrollment templates in it, the lane reads them.
 */
public final class FaceApiTemplate {
  /** The format tag stored with every template. */
  public static final String FORMAT = "face-api-128f32/1";
  /** Bytes of one template. */
  public static final int BYTES = FaceDescriptor.LENGTH * Float.BYTES;

  private FaceApiTemplate() {
  }

  public static byte[] encode(FaceDescriptor descriptor) {
    ByteBuffer buffer = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : descriptor.values()) {
      buffer.putFloat(value);
    }
    return buffer.array();
  }

  /** Reads a template; refuses a length other than {@value #BYTES} or a value that is not finite. */
  public static FaceDescriptor decode(byte[] data) {
    if (data.length != BYTES) {
      throw new IllegalArgumentException("a " + FORMAT + " template is " + BYTES + " bytes but this one is " + data.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[FaceDescriptor.LENGTH];
    for (int i = 0; i < values.length; i++) {
      values[i] = buffer.getFloat();
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException("a " + FORMAT + " template holds finite values but value " + i + " is " + values[i]);
      }
    }
    return new FaceDescriptor(values);
  }
}
