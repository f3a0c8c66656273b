package org.egate.biometrics.face.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class FaceApiTemplateTest {
  private static FaceDescriptor ramp() {
    float[] v = new float[FaceDescriptor.LENGTH];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i - 64) / 200f;
    }
    return new FaceDescriptor(v);
  }

  @Test
  void aDescriptorIs512LittleEndianFloat32BytesAndReadsBackExactly() {
    byte[] data = FaceApiTemplate.encode(ramp());
    assertThat(data).hasSize(512);
    assertThat(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getFloat(4)).isEqualTo(-63 / 200f);
    assertThat(FaceApiTemplate.decode(data)).isEqualTo(ramp());
    assertThat(FaceApiTemplate.FORMAT).isEqualTo("face-api-128f32/1");
  }

  @Test
  void aWrongLengthOrANonFiniteValueIsRefusedNamingIt() {
    assertThatThrownBy(() -> FaceApiTemplate.decode(new byte[256])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("512 bytes but this one is 256");
    byte[] data = FaceApiTemplate.encode(ramp());
    ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putFloat(8, Float.NaN);
    assertThatThrownBy(() -> FaceApiTemplate.decode(data)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 2 is NaN");
  }
}
