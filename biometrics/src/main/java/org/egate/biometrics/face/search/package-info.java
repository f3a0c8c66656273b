/**
 * 1:N face search for duplicate enrollment: {@link org.egate.biometrics.face.search.FaceIndex},
 * exact top-k over int8-quantized descriptors in one contiguous array.
 */
package org.egate.biometrics.face.search;
