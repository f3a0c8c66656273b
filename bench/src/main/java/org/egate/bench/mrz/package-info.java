/** JMH benchmarks of MRZ reading: egate's {@code MrzReader} against JMRTD's {@code MRZInfo}. */
package org.egate.bench.mrz;
