/**
 * Counting: Micrometer metrics for Prometheus (decisions per reason, latencies, queue depths) and
 * the supervisors' and auditors' statistics endpoint. Counts only, never personal data.
 */
package org.egate.server.statistics;
