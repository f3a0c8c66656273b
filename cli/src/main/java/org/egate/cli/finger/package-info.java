/**
 * {@code egate finger ...}: 1:1 fingerprint comparison and quality reports on files, JSON out.
 * Root type: {@link org.egate.cli.finger.FingerCommand}.
 */
package org.egate.cli.finger;
