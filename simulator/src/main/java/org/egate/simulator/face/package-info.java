/**
 * Face images for simulated travelers (decision 0130): a {@link org.egate.simulator.face.FaceLibrary}
 * of real face photos (by default the MIT demo photos of the face-api npm package, packed into the
 * simulator's resources by the build; or an LFW-layout folder), a {@link org.egate.simulator.face.FaceCast}
 * sharing those identities among many travelers, and a {@link org.egate.simulator.face.FaceRenderer}
 * that draws an enrollment portrait and live 640x480 gate frames with capture variation and
 * occlusions (sunglasses, hat, mask) from them.
 */
package org.egate.simulator.face;
