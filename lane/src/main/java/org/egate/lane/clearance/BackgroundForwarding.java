package org.egate.lane.clearance;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An outbox whose {@link #forward} never blocks the lane: records are still written durably on the
 * caller's thread, but forwarding runs on one background thread (requests coalesce while a drain
 * is queued). In real time a server that does not answer would otherwise hold the next traveler
 * for the client's whole timeout.
 */
public final class BackgroundForwarding implements CrossingOutbox, AutoCloseable {

  private final CrossingOutbox delegate;
  private final ExecutorService forwarding;
  private final AtomicBoolean queued = new AtomicBoolean();

  public BackgroundForwarding(CrossingOutbox delegate, String name) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.forwarding = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "forward-" + name);
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public void record(CrossingRecord record) throws IOException {
    delegate.record(record);
  }

  @Override
  public void forward() {
    if (queued.compareAndSet(false, true)) {
      forwarding.execute(() -> {
        queued.set(false);
        delegate.forward();
      });
    }
  }

  /** Stops the background thread after a last drain on the caller's thread. */
  @Override
  public void close() throws InterruptedException {
    forwarding.shutdown();
    forwarding.awaitTermination(30, TimeUnit.SECONDS);
    delegate.forward();
  }
}
