/**
 * Synthetic fingerprints for the simulator, SFinGe-style (Cappelli, Maio, Maltoni): a master
 * fingerprint per finger (class and singular points, Sherlock-Monro orientation field with a fine
 * ridge wander, ridge
 * period map, iterative Gabor growth from seed points) and any number of impressions of it
 * (partial contact, rotation and translation, elastic distortion, pressure, noise).
 *
 * <p>Root type: {@link org.egate.simulator.finger.SyntheticFingerprints}. Invariants: every
 * output is a pure function of its seed (same seed, same pixels); images are 8-bit grey at 500
 * dpi with dark ridges on a light background; every tuning number is in
 * {@link org.egate.simulator.finger.SyntheticFingerprintParameters}. How synthetic prints score
 * under SourceAFIS: {@link org.egate.simulator.finger.SyntheticTrial} ({@code egate eval
 * synthetic-fingers}, decisions 0120-0122, 0155).
 */
package org.egate.simulator.finger;
