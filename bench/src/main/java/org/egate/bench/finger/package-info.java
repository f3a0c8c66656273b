/**
 * Fingerprint speed: template extraction and 1:1 comparison on one thread (JMH, sample time,
 * read the p0.50 as the median). Data from {@code -Degate.shared.data} (default ../shared/data).
 */
package org.egate.bench.finger;
