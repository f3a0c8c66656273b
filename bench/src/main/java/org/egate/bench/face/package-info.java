/** Face pipeline and 1:N search benchmarks. */
package org.egate.bench.face;
