package org.egate.simulator.capacity;

/**
 * What the replications of a stable hall measured, each an {@link Estimate} over replications.
 * Waits are seconds from joining the queue to stepping into a lane; queue length counts travelers
 * waiting (not those in lanes), time-averaged; utilization is the busy share of lane time.
 *
 * @param travelersMeasured travelers who arrived in the measured windows, summed over replications
 */
public record Measured(
    Estimate waitMeanSeconds,
    Estimate waitP50Seconds,
    Estimate waitP90Seconds,
    Estimate waitP95Seconds,
    Estimate waitP99Seconds,
    Estimate waitMaxSeconds,
    Estimate utilization,
    Estimate queueLengthMean,
    Estimate queueLengthMax,
    Estimate throughputPerHour,
    long travelersMeasured) {}
