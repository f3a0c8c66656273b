/**
 * The face quality report: {@link org.egate.biometrics.face.quality.FaceQuality} measures named
 * items ({@link org.egate.biometrics.face.quality.QualityCheck}) against calibrated
 * {@link org.egate.biometrics.face.quality.QualityThresholds}.
 */
package org.egate.biometrics.face.quality;
