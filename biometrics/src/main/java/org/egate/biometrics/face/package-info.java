/**
 * Face biometrics: {@link org.egate.biometrics.face.FacePipeline} (decode, detect, landmarks,
 * align, describe) gives a {@link org.egate.biometrics.face.FaceAnalysis}; bad input is a
 * {@link org.egate.biometrics.face.FaceImageException} with a
 * {@link org.egate.biometrics.face.FaceReason}. Descriptors compare by Euclidean distance (lower is
 * more alike) against the thresholds in {@link org.egate.biometrics.face.FaceOperatingPoints}.
 */
package org.egate.biometrics.face;
