package org.egate.simulator.finger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.egate.biometrics.finger.GrayscaleImage;

/**
 * Synthetic fingerprints: {@code master(seed)} is one finger, {@code impression(master, seed)}
 * one capture of it. Deterministic: the same seeds give the same pixels on every machine (StrictMath, SplittableRandom).
 */
public final class SyntheticFingerprints {
  private final MasterGenerator masters;
  private final ImpressionGenerator impressions;

  public SyntheticFingerprints(SyntheticFingerprintParameters parameters) {
    this.masters = new MasterGenerator(parameters);
    this.impressions = new ImpressionGenerator(parameters);
  }

  /** A generator with {@link SyntheticFingerprintParameters#DEFAULTS}. */
  public static SyntheticFingerprints withDefaults() {
    return new SyntheticFingerprints(SyntheticFingerprintParameters.DEFAULTS);
  }

  /** The finger identified by {@code seed}. */
  public MasterFingerprint master(long seed) {
    return masters.generate(seed);
  }

  /** One impression of a finger; different seeds give different captures. */
  public GrayscaleImage impression(MasterFingerprint master, long seed) {
    return impressions.generate(master, seed);
  }

  /** The impression seed of impression {@code i} of finger {@code f} of a set starting at {@code seed}. */
  static long impressionSeed(long seed, int f, int i) {
    return seed + 1_000_000 + 100L * f + i;
  }

  /**
   * Writes {@code fingers} x {@code impressions} PNG images in FVC layout
   * ({@code <101 + f>_<1 + i>.png}) into {@code dir}: finger f is {@code master(seed + f)}, its
   * impression i uses seed {@code seed + 1_000_000 + 100 f + i}. Returns the number written.
   */
  public int writeFvcLayout(java.nio.file.Path dir, int fingers, int impressions, long seed) {
    if (fingers < 1 || fingers > 899 || impressions < 1 || impressions > 99) {
      throw new IllegalArgumentException(
          "need 1-899 fingers and 1-99 impressions but was " + fingers + " x " + impressions);
    }
    try {
      java.nio.file.Files.createDirectories(dir);
      for (int f = 0; f < fingers; f++) {
        MasterFingerprint master = master(seed + f);
        for (int i = 0; i < impressions; i++) {
          GrayscaleImage image = impression(master, impressionSeed(seed, f, i));
          java.nio.file.Files.write(dir.resolve((101 + f) + "_" + (1 + i) + ".png"), png(image));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic fingerprints to " + dir, e);
    }
    return fingers * impressions;
  }

  /** An image as PNG bytes (8-bit grey), e.g. for a simulated scanner. */
  public static byte[] png(GrayscaleImage image) {
    BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    out.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(out, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a synthetic fingerprint as PNG", e);
    }
    return bytes.toByteArray();
  }
}
