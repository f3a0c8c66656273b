/** LFW-protocol verification runs of the face pipeline (metrics from {@code org.egate.biometrics.eval}). */
package org.egate.biometrics.face.evaluation;
