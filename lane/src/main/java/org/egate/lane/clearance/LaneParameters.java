package org.egate.lane.clearance;

import java.time.Duration;
import java.util.Objects;

/**
 * Every timing and count the clearance flow decides with, in one place. The defaults and their
 * sources are in docs/DEVICES.md (BSI TR-03121 allows face capture up to 7 s; the rest are stated
 * assumptions).
 *
 * @param idleWait how long one {@code serveNext} waits for a document before returning
 * @param documentReads MRZ reads before the document counts as unreadable
 * @param entryWait time for the traveler to walk in after the entry door opened
 * @param trolleyGrace time given to take a trolley out before occupancy is read again
 * @param captureBudget face capture time from the first frame (BSI TR-03121: at most 7 s)
 * @param captureFrames most frames taken within the budget
 * @param promptPause time a traveler gets to take something off when asked (sunglasses) before the next frame
 * @param lookPause time before the next frame after one without a usable face that nothing worn
 *     explains (no face, turned away, blurred): enough to turn to the camera (decision 0160)
 * @param wornAsks times the lane asks for one worn thing (sunglasses, hat, mask) to come off before
 *     it stops asking and lets the fingerprint decide (decision 0160)
 * @param fingerWait time to place a finger, per attempt
 * @param fingerAttempts fingerprint attempts before the fingerprint counts as failed
 * @param leaveWait time for the traveler to leave through the open door
 */
public record LaneParameters(
    Duration idleWait,
    int documentReads,
    Duration entryWait,
    Duration trolleyGrace,
    Duration captureBudget,
    int captureFrames,
    Duration promptPause,
    Duration lookPause,
    int wornAsks,
    Duration fingerWait,
    int fingerAttempts,
    Duration leaveWait) {

  public static final LaneParameters DEFAULTS = new LaneParameters(
      Duration.ofSeconds(1),
      3,
      Duration.ofSeconds(10),
      Duration.ofSeconds(5),
      Duration.ofSeconds(7),
      12,
      Duration.ofMillis(1500),
      Duration.ofMillis(500),
      2,
      Duration.ofSeconds(8),
      2,
      Duration.ofSeconds(20));

  public LaneParameters {
    for (Duration d : new Duration[] {idleWait, entryWait, trolleyGrace, captureBudget, promptPause, lookPause, fingerWait,
        leaveWait}) {
      Objects.requireNonNull(d, "durations must be given");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("lane durations must be positive but one was " + d);
      }
    }
    if (documentReads < 1 || captureFrames < 1 || wornAsks < 1 || fingerAttempts < 1) {
      throw new IllegalArgumentException("counts must be at least 1 but were documentReads " + documentReads
          + ", captureFrames " + captureFrames + ", wornAsks " + wornAsks + ", fingerAttempts " + fingerAttempts);
    }
  }
}
