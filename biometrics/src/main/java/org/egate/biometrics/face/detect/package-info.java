/** SSD-MobileNetV1 face detection with face-api's box decoding and suppression. */
package org.egate.biometrics.face.detect;
