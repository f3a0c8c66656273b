package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundForwardingTest {

  @Test
  void aForwardThatHangsDoesNotHoldTheLaneAndRequestsCoalesce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger drains = new AtomicInteger();
    CrossingOutbox slow = new CrossingOutbox() {
      @Override
      public void record(CrossingRecord record) {}

      @Override
      public void forward() {
        drains.incrementAndGet();
        try {
          release.await(5, TimeUnit.SECONDS); // a server that does not answer
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    BackgroundForwarding outbox = new BackgroundForwarding(slow, "TEST-1");
    long start = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      outbox.forward();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    release.countDown();
    outbox.close();
    // One drain running, at most one queued behind it, and the last one at close.
    assertThat(drains.get()).isBetween(2, 3);
  }
}
