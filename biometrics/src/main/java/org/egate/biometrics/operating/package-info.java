/**
 * Operating points: named FMR targets mapped to score thresholds measured on data.
 *
 * <p>Root type: {@link org.egate.biometrics.operating.OperatingPoints}, loaded from a versioned
 * JSON resource that names the modality, engine, score orientation, data set, protocol and date
 * of measurement. The format is the same for every modality. Invariants: every point's FMR
 * target is unique; thresholds are finite; a file without its provenance does not load.
 */
package org.egate.biometrics.operating;
