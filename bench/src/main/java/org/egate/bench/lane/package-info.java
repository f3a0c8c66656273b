/** Lane benchmarks: the journal's durable append and the controller's own cost per transaction. */
package org.egate.bench.lane;
