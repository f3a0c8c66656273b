package org.egate.border.biometric;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An opaque biometric template (face descriptor or fingerprint template) as the engine that made it serialized it.
 * The domain never looks inside; the {@code format} says which engine and version can read it (e.g.
 * {@code face-api-128f32/1}, {@code sourceafis-cbor/3.18}), so templates from a retired engine can be found.
 * Equality is by content; {@link #toString()} never prints the bytes.
 *
 * @param finger the finger for fingerprint templates, {@code null} for face
 */
public record BiometricTemplate(Modality modality, FingerPosition finger, String format, byte[] data) {
    /** Upper bound on one template; a larger value is a bug or an attack, not a template. */
    public static final int MAX_BYTES = 1 << 20;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,40}/[A-Za-z0-9._-]{1,20}");

    public BiometricTemplate {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        if ((modality == Modality.FINGERPRINT) != (finger != null)) {
            throw new IllegalArgumentException(
                    "a finger position is required for fingerprints and forbidden for faces but was " + finger
                            + " for " + modality);
        }
        if (!FORMAT.matcher(format).matches()) {
            throw new IllegalArgumentException("template format must look like 'engine/version' but was '" + format + "'");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("template must be 1.." + MAX_BYTES + " bytes but was " + data.length);
        }
        data = data.clone();
    }

    public static BiometricTemplate face(String format, byte[] data) {
        return new BiometricTemplate(Modality.FACE, null, format, data);
    }

    public static BiometricTemplate finger(FingerPosition finger, String format, byte[] data) {
        return new BiometricTemplate(Modality.FINGERPRINT, Objects.requireNonNull(finger, "finger"), format, data);
    }

    /** A copy of the bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BiometricTemplate t && modality == t.modality && finger == t.finger
                && format.equals(t.format) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modality, finger, format, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        String position = finger == null ? "" : " " + finger;
        return "BiometricTemplate[" + modality + position + ", " + format + ", " + data.length + " bytes]";
    }
}
