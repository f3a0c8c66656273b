/**
 * Encryption at rest (issue 4, item 3): biometric templates, face images and lane secrets are
 * sealed with AES-GCM under data keys; data keys are stored wrapped (AES-GCM) by a master key
 * from a PKCS#12 keystore file or the environment. Rotation re-wraps the data keys under a new
 * master key while the server keeps running: a server that meets a data key wrapped by a master
 * key it has not loaded yet reloads the keystore.
 */
package org.egate.server.crypto;
