package org.egate.border.biometric;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The templates captured at enrollment: one face, and the index fingerprints that were captured (none, one or both;
 * which are required is the eligibility policy's business).
 */
public record BiometricSet(BiometricTemplate face, Map<FingerPosition, BiometricTemplate> fingers) {
    public BiometricSet {
        Objects.requireNonNull(fingers, "fingers");
        if (face != null && face.modality() != Modality.FACE) {
            throw new IllegalArgumentException("the face slot holds a " + face.modality() + " template");
        }
        EnumMap<FingerPosition, BiometricTemplate> copy = new EnumMap<>(FingerPosition.class);
        fingers.forEach((position, template) -> {
            if (template.finger() != position) {
                throw new IllegalArgumentException("the " + position + " slot holds a " + template.finger() + " template");
            }
            copy.put(position, template);
        });
        fingers = Collections.unmodifiableMap(copy);
    }

    /** Nothing captured (e.g. after withdrawal, when biometrics are erased). */
    public static BiometricSet none() {
        return new BiometricSet(null, Map.of());
    }

    public static BiometricSet faceOnly(BiometricTemplate face) {
        return new BiometricSet(Objects.requireNonNull(face, "face"), Map.of());
    }

    public static BiometricSet faceAndFingers(BiometricTemplate face, BiometricTemplate... fingers) {
        EnumMap<FingerPosition, BiometricTemplate> map = new EnumMap<>(FingerPosition.class);
        for (BiometricTemplate finger : fingers) {
            if (map.put(finger.finger(), finger) != null) {
                throw new IllegalArgumentException("finger " + finger.finger() + " given twice");
            }
        }
        return new BiometricSet(Objects.requireNonNull(face, "face"), map);
    }

    public Optional<BiometricTemplate> faceTemplate() {
        return Optional.ofNullable(face);
    }

    public boolean hasFace() {
        return face != null;
    }

    /** True when both index fingers are captured. */
    public boolean hasBothIndexFingers() {
        return fingers.keySet().containsAll(EnumSet.allOf(FingerPosition.class));
    }

    public boolean hasAnyFinger() {
        return !fingers.isEmpty();
    }

    public boolean isEmpty() {
        return face == null && fingers.isEmpty();
    }
}
