package org.egate.border.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BiometricTemplateTest {

    @Test
    void templates_are_copied_in_and_out_and_never_printed() {
        byte[] bytes = {1, 2, 3};
        BiometricTemplate face = BiometricTemplate.face("face-api-128f32/1", bytes);
        bytes[0] = 9;
        assertThat(face.data()[0]).isEqualTo((byte) 1);
        face.data()[1] = 9;
        assertThat(face.data()[1]).isEqualTo((byte) 2);
        assertThat(face).isEqualTo(BiometricTemplate.face("face-api-128f32/1", new byte[] {1, 2, 3}));
        assertThat(face.toString()).contains("3 bytes").doesNotContain("[1, 2, 3]");
    }

    @Test
    void bad_templates_are_refused_saying_why() {
        assertThatThrownBy(() -> BiometricTemplate.face("face", new byte[] {1})).hasMessageContaining("'face'");
        assertThatThrownBy(() -> BiometricTemplate.face("f/1", new byte[0])).hasMessageContaining("0");
        assertThatThrownBy(() -> new BiometricTemplate(Modality.FACE, FingerPosition.LEFT_INDEX, "f/1", new byte[] {1}))
                .hasMessageContaining("LEFT_INDEX");
        BiometricTemplate left = BiometricTemplate.finger(FingerPosition.LEFT_INDEX, "sourceafis/3", new byte[] {1});
        assertThatThrownBy(() -> new BiometricSet(null, Map.of(FingerPosition.RIGHT_INDEX, left)))
                .hasMessageContaining("RIGHT_INDEX slot holds a LEFT_INDEX");
    }

    @Test
    void a_set_knows_whether_both_index_fingers_are_there() {
        BiometricTemplate face = BiometricTemplate.face("f/1", new byte[] {1});
        BiometricTemplate left = BiometricTemplate.finger(FingerPosition.LEFT_INDEX, "s/1", new byte[] {1});
        BiometricTemplate right = BiometricTemplate.finger(FingerPosition.RIGHT_INDEX, "s/1", new byte[] {2});
        assertThat(BiometricSet.faceAndFingers(face, left).hasBothIndexFingers()).isFalse();
        assertThat(BiometricSet.faceAndFingers(face, left, right).hasBothIndexFingers()).isTrue();
        assertThat(BiometricSet.none().isEmpty()).isTrue();
        assertThatThrownBy(() -> BiometricSet.faceAndFingers(face, left, left)).hasMessageContaining("twice");
    }
}
