package org.egate.simulator.endtoend;

/**
 * What one transaction's software time consisted of (wall-clock nanoseconds, decision 0131):
 * face quality + descriptor inference, fingerprint extraction + matching, the authorization round
 * trip to the server, the journal write and forwarding of the crossing record; the rest of
 * {@code serveNext} is the controller itself; and how many face and finger comparisons were made. {@code slotWait} is the time the lane waited for its
 * turn to compute (not part of software time).
 */
public record SoftwareParts(long face, long finger, long authorization, long record, long slotWait, int faceCompares,
    int fingerCompares) {}
