package org.egate.simulator.capacity;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

/**
 * One run of the hall: the event loop. Events are arrivals (one pending at a time) and lane
 * completions (a heap of finish times). A traveler's service time is drawn when they arrive, so
 * runs that differ only in the lane count see the same travelers (common random numbers: the
 * lane-count search compares like with like).
 */
final class Replication {
  private final GateHall hall;
  private final double warmUpSeconds;
  private final double endSeconds;

  Replication(GateHall hall, CapacityParameters parameters) {
    this.hall = hall;
    this.warmUpSeconds = parameters.warmUpHours() * 3600.0;
    this.endSeconds = warmUpSeconds + parameters.measuredHours() * 3600.0;
  }

  ReplicationResult run(RandomGenerator random) {
    int lanes = hall.lanes();
    PriorityQueue<Double> finishing = new PriorityQueue<>(lanes);
    DoubleQueue waitingSince = new DoubleQueue();
    DoubleQueue waitingService = new DoubleQueue();
    DoubleList waits = new DoubleList();
    double queueArea = 0;
    double busyArea = 0;
    int maxQueue = 0;
    long departed = 0;
    double now = 0;
    double nextArrival = hall.arrivals().nextAfter(0, random);

    while (true) {
      double nextFinish = finishing.isEmpty() ? Double.POSITIVE_INFINITY : finishing.peek();
      boolean arrival = nextArrival <= nextFinish && nextArrival <= endSeconds;
      double next = arrival ? nextArrival : nextFinish;
      if (next == Double.POSITIVE_INFINITY) {
        break;
      }
      // time-weighted areas over the measured window only; after the end the run just drains
      double from = Math.max(now, warmUpSeconds);
      double to = Math.min(next, endSeconds);
      if (to > from) {
        queueArea += waitingSince.size() * (to - from);
        busyArea += finishing.size() * (to - from);
      }
      now = next;
      if (arrival) {
        double service = hall.serviceTimes().sampleSeconds(random);
        if (finishing.size() < lanes) {
          finishing.add(now + service);
          if (now >= warmUpSeconds) {
            waits.add(0);
          }
        } else {
          waitingSince.add(now);
          waitingService.add(service);
          if (now >= warmUpSeconds && now < endSeconds) {
            maxQueue = Math.max(maxQueue, waitingSince.size());
          }
        }
        nextArrival = hall.arrivals().nextAfter(now, random);
      } else {
        finishing.poll();
        if (now >= warmUpSeconds && now <= endSeconds) {
          departed++;
        }
        if (!waitingSince.isEmpty()) {
          double arrived = waitingSince.poll();
          finishing.add(now + waitingService.poll());
          if (arrived >= warmUpSeconds) {
            waits.add(now - arrived);
          }
        }
      }
    }
    double measured = endSeconds - warmUpSeconds;
    return new ReplicationResult(
        waits.sorted(),
        queueArea / measured,
        maxQueue,
        busyArea / (measured * lanes),
        departed / (measured / 3600.0));
  }

  /** What one replication measured. {@code sortedWaits} are seconds, ascending. */
  record ReplicationResult(
      double[] sortedWaits, double meanQueueLength, int maxQueueLength, double utilization, double throughputPerHour) {

    double meanWaitSeconds() {
      return sortedWaits.length == 0 ? 0 : Arrays.stream(sortedWaits).average().orElse(0);
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7); 0 with no waits. */
    double waitQuantileSeconds(double p) {
      int n = sortedWaits.length;
      if (n == 0) {
        return 0;
      }
      double h = (n - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, n - 1);
      return sortedWaits[lo] + (h - lo) * (sortedWaits[hi] - sortedWaits[lo]);
    }

    double maxWaitSeconds() {
      return sortedWaits.length == 0 ? 0 : sortedWaits[sortedWaits.length - 1];
    }
  }

  /** A growable list of doubles (a boxed list would hold millions of objects on long runs). */
  static final class DoubleList {
    private double[] values = new double[1024];
    private int size;

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    double[] sorted() {
      double[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }

  /** A FIFO ring of doubles. */
  static final class DoubleQueue {
    private double[] values = new double[256];
    private int head;
    private int size;

    void add(double v) {
      if (size == values.length) {
        double[] grown = new double[values.length * 2];
        for (int i = 0; i < size; i++) {
          grown[i] = values[(head + i) % values.length];
        }
        values = grown;
        head = 0;
      }
      values[(head + size) % values.length] = v;
      size++;
    }

    double poll() {
      double v = values[head];
      head = (head + 1) % values.length;
      size--;
      return v;
    }

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}
