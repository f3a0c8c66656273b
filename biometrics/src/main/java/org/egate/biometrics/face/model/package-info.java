/**
 * The ONNX models (built from face-api's weights by the build) in ONNX Runtime, and their exact
 * input preparation ({@link org.egate.biometrics.face.model.NetworkInput}).
 */
package org.egate.biometrics.face.model;
