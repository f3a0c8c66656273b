package org.egate.biometrics.face.quality;

import java.util.ArrayList;
import java.util.List;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FoundBy;
import org.egate.biometrics.face.landmark.Landmarks68;

/**
 * Measures the quality items of one analysed capture. Pose comes from landmark geometry; the
 * image measures (sharpness, exposure, occlusions) come from the face resampled eyes-level into a
 * 128-px square, so they do not depend on image size. Occlusion needs its own signal: the landmark
 * net places eyes behind dark glasses and mouths behind masks, so the measures look at the pixels
 * in the landmark-defined regions and compare them with the bare skin of the nose bridge between the eyes.
 */
public final class FaceQuality {
  private final QualityThresholds thresholds;

  public FaceQuality(QualityThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public QualityReport assess(FaceAnalysis analysis) {
    Measures m = measure(analysis);
    List<QualityItem> items = new ArrayList<>();
    int faces = analysis.foundBy() == FoundBy.ASSUMED_CROP ? 1 : analysis.faces().size();
    items.add(QualityItem.atMost(QualityCheck.FACE_COUNT, faces, thresholds.maxFaces()));
    items.add(QualityItem.atLeast(QualityCheck.INTER_EYE_DISTANCE, round(analysis.landmarks().interEyeDistance()), thresholds.minInterEyePixels()));
    items.add(QualityItem.within(QualityCheck.YAW, round(m.yaw()), thresholds.maxYawDegrees()));
    items.add(QualityItem.within(QualityCheck.PITCH, round(m.pitch()), thresholds.maxPitchDegrees()));
    items.add(QualityItem.within(QualityCheck.ROLL, round(m.roll()), thresholds.maxRollDegrees()));
    items.add(QualityItem.atLeast(QualityCheck.SHARPNESS, round(m.sharpness()), thresholds.minSharpness()));
    items.add(new QualityItem(QualityCheck.EXPOSURE, round(m.exposure()), thresholds.minExposure(), thresholds.maxExposure()));
    items.add(QualityItem.atLeast(QualityCheck.EYES_OCCLUDED, round(m.eyeToCheek()), thresholds.minEyeToCheekLuma()));
    items.add(QualityItem.atMost(QualityCheck.NOSE_MOUTH_OCCLUDED, round(m.maskScore()), thresholds.maxMaskScore()));
    items.add(QualityItem.atMost(QualityCheck.HEAD_COVERED, round(m.hatScore()), thresholds.maxHatScore()));
    return new QualityReport(items);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The raw measures (also used by the calibration). */
  public record Measures(double yaw, double pitch, double roll, double sharpness, double exposure,
      double eyeToCheek, double lowerLuma, double lowerChroma, double mouthDetail, double maskScore,
      double foreheadLuma, double foreheadChroma, double brimEdge, double hatScore) {
  }

  public static Measures measure(FaceAnalysis analysis) {
    Landmarks68 l = analysis.landmarks();
    FacePatch p = new FacePatch(analysis.image(), l);
    double[] x = p.xs;
    double[] y = p.ys;
    double[] le = l.leftEyeCenter();
    double[] re = l.rightEyeCenter();
    double roll = Math.toDegrees(Math.atan2(re[1] - le[1], re[0] - le[0]));
    double mid = (x[0] + x[16]) / 2;
    double half = Math.max(1, (x[16] - x[0]) / 2);
    double yaw = Math.toDegrees(Math.asin(clamp((x[30] - mid) / half)));
    double eyeY = (y[36] + y[39] + y[42] + y[45]) / 4;
    double ratio = (y[30] - eyeY) / Math.max(1, y[8] - eyeY);
    double pitch = (ratio - NOSE_RATIO_FRONTAL) * 115;

    double eyeW = Math.max(4, ((x[39] - x[36]) + (x[45] - x[42])) / 2);
    FacePatch.Stats leftEye = p.stats(x[36] - 0.3 * eyeW, eyeY - 0.45 * eyeW, x[39] + 0.3 * eyeW, eyeY + 0.45 * eyeW);
    FacePatch.Stats rightEye = p.stats(x[42] - 0.3 * eyeW, eyeY - 0.45 * eyeW, x[45] + 0.3 * eyeW, eyeY + 0.45 * eyeW);
    // skin reference: the nose bridge between the eyes, which masks, hats and most glasses leave bare
    double eyeDist = Math.max(4, ((x[42] + x[45]) - (x[36] + x[39])) / 2);
    double bridgeX = (x[39] + x[42]) / 2;
    FacePatch.Stats bridge = p.stats(bridgeX - 0.1 * eyeDist, eyeY - 0.25 * eyeW, bridgeX + 0.1 * eyeDist, eyeY + 0.5 * eyeW);
    double cheek = bridge.mean();
    double cheekCb = bridge.cb();
    double cheekCr = bridge.cr();
    double eyes = (leftEye.mean() + rightEye.mean()) / 2;
    double eyeToCheek = eyes / Math.max(1, cheek);

    FacePatch.Stats inner = p.stats(x[36], eyeY, x[45], y[57]);
    double sharpness = p.laplacianVariance(x[36], eyeY - 0.5 * eyeW, x[45], y[8]);

    // lower face: between the mouth corners widened, from under the nose to the chin
    double mw = x[54] - x[48];
    FacePatch.Stats lower = p.stats(x[48] - 0.2 * mw, y[33] + 1, x[54] + 0.2 * mw, (y[57] + y[8]) / 2);
    FacePatch.Stats mouth = p.stats(x[48], Math.min(y[50], y[52]) - 1, x[54], y[57] + 1);
    double lowerLuma = Math.abs(lower.mean() - cheek) / Math.max(1, cheek);
    double lowerChroma = Math.hypot(lower.cb() - cheekCb, lower.cr() - cheekCr) / 255;
    double mouthDetail = mouth.gradient() / Math.max(1, inner.gradient());
    // lower-face luma alone does not separate (shading and beards change it as much as a mask does):
    // a mask removes the lips' and nostrils' detail and, in colour, shifts the chroma away from skin
    double maskScore = Math.max(0, 1.0 - mouthDetail) / 0.25 + lowerChroma / 0.09;

    // forehead: above the brows by a fraction of the brow-to-nose-tip height
    double browY = Math.min(Math.min(y[19], y[24]), Math.min(y[20], y[23]));
    double faceUnit = Math.max(4, y[30] - browY);
    FacePatch.Stats forehead = p.stats(x[19], browY - 0.6 * faceUnit, x[24], browY - 0.15 * faceUnit);
    FacePatch.Stats brim = p.stats(x[19], browY - 0.5 * faceUnit, x[24], browY - 0.1 * faceUnit);
    // lightness difference in CIE L* (0..100), not relative to the bridge: dividing by the bridge luma
    // inflated the score for darker skin (a shiny forehead 60 grey levels over a dark bridge read as a hat)
    double foreheadLuma = Math.abs(lightness(forehead.mean()) - lightness(cheek)) / 100;
    double foreheadChroma = Math.hypot(forehead.cb() - cheekCb, forehead.cr() - cheekCr) / 255;
    double brimEdge = brim.gradient() / Math.max(1, inner.gradient());
    double hatScore = foreheadLuma / HAT_LIGHTNESS_SCALE + foreheadChroma / 0.12 + Math.max(0, brimEdge - 0.9) / 0.5;
    return new Measures(yaw, pitch, roll, sharpness, inner.mean(), eyeToCheek, lowerLuma, lowerChroma, mouthDetail,
        maskScore, foreheadLuma, foreheadChroma, brimEdge, hatScore);
  }

  /** (nose tip - eye line) / (chin - eye line): the median of 119 LFW dev faces (calibration 2026-11-27). */
  static final double NOSE_RATIO_FRONTAL = 0.364;

  /** Forehead-to-bridge lightness difference (L* / 100) that counts one hat-score unit (calibration 2026-11-27). */
  static final double HAT_LIGHTNESS_SCALE = 0.25;

  /** CIE L* of an sRGB-encoded luma value (0..255): perceptually even, so a difference means the same on any skin tone. */
  static double lightness(double luma) {
    double c = Math.max(0, luma) / 255;
    double y = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    double f = y > 216.0 / 24389 ? Math.cbrt(y) : (24389.0 / 27 * y + 16) / 116;
    return 116 * f - 16;
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
