/** JMH benchmarks; results and how they were run are in docs/BENCHMARKS.md. */
package org.egate.bench;
