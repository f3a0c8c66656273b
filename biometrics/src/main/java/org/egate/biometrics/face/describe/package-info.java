/** The 128-D descriptor on the landmark-aligned face square. */
package org.egate.biometrics.face.describe;
