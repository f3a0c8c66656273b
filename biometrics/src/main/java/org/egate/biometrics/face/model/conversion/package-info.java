/**
 * Build-time only: converts face-api's TF.js weights into ONNX models (run by Maven in
 * process-classes; excluded from the jar). See docs/decisions/0030-face-models-built-from-npm.md.
 */
package org.egate.biometrics.face.model.conversion;
