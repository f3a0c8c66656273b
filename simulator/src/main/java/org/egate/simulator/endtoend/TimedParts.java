package org.egate.simulator.endtoend;

import java.io.IOException;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.biometric.FingerMatcher;
import org.egate.lane.clearance.CrossingOutbox;
import org.egate.lane.clearance.CrossingRecord;
import org.egate.lane.device.FingerImpression;
import org.egate.lane.device.Frame;

/**
 * Stopwatches around one lane's ports (face, finger, authorization, outbox), so the run can say
 * what software time consists of. One lane, one thread: plain counters, reset per transaction.
 */
final class TimedParts {
  private long face;
  private long finger;
  private long authorization;
  private long record;
  private int faceCompares;
  private int fingerCompares;

  void reset() {
    face = 0;
    finger = 0;
    authorization = 0;
    record = 0;
    faceCompares = 0;
    fingerCompares = 0;
  }

  SoftwareParts parts(long slotWait) {
    return new SoftwareParts(face, finger, authorization, record, slotWait, faceCompares, fingerCompares);
  }

  FaceMatcher face(FaceMatcher inner) {
    return new FaceMatcher() {
      @Override
      public FaceAssessment assess(Frame frame) {
        long t = System.nanoTime();
        try {
          return inner.assess(frame);
        } finally {
          face += System.nanoTime() - t;
        }
      }

      @Override
      public boolean reads(BiometricTemplate enrolled) {
        return inner.reads(enrolled);
      }

      @Override
      public double compare(Frame frame, BiometricTemplate enrolled) {
        faceCompares++;
        long t = System.nanoTime();
        try {
          return inner.compare(frame, enrolled);
        } finally {
          face += System.nanoTime() - t;
        }
      }
    };
  }

  FingerMatcher finger(FingerMatcher inner) {
    return new FingerMatcher() {
      @Override
      public boolean reads(BiometricTemplate enrolled) {
        return inner.reads(enrolled);
      }

      @Override
      public double compare(FingerImpression impression, BiometricTemplate enrolled) {
        fingerCompares++;
        long t = System.nanoTime();
        try {
          return inner.compare(impression, enrolled);
        } finally {
          finger += System.nanoTime() - t;
        }
      }
    };
  }

  AuthorizationService authorization(AuthorizationService inner) {
    return query -> {
      long t = System.nanoTime();
      try {
        return inner.authorize(query);
      } finally {
        authorization += System.nanoTime() - t;
      }
    };
  }

  CrossingOutbox outbox(CrossingOutbox inner) {
    return new CrossingOutbox() {
      @Override
      public void record(CrossingRecord crossing) throws IOException {
        long t = System.nanoTime();
        try {
          inner.record(crossing);
        } finally {
          record += System.nanoTime() - t;
        }
      }

      @Override
      public void forward() {
        long t = System.nanoTime();
        try {
          inner.forward();
        } finally {
          record += System.nanoTime() - t;
        }
      }
    };
  }
}
