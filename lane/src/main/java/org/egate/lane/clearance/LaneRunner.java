package org.egate.lane.clearance;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one lane in real time: a lane thread serves travelers one after another, and a timer asks
 * the outbox to forward every {@code forwardEvery} so crossings reach a server that came back while
 * the lane was idle (give the flow a {@link BackgroundForwarding} outbox so forwarding never holds
 * the lane thread). For the demo and {@code egate lane}; tests call {@link
 * ClearanceFlow#serveNext()} directly on virtual time.
 */
public final class LaneRunner implements AutoCloseable {

  private final ClearanceFlow flow;
  private final CrossingOutbox outbox;
  private final Duration forwardEvery;
  private final Consumer<Transaction> listener;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger served = new AtomicInteger();
  private ScheduledExecutorService forwarding;
  private Thread laneThread;

  public LaneRunner(ClearanceFlow flow, CrossingOutbox outbox, Duration forwardEvery, Consumer<Transaction> listener) {
    this.flow = Objects.requireNonNull(flow, "flow");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.forwardEvery = Objects.requireNonNull(forwardEvery, "forwardEvery");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public synchronized void start() {
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("lane " + flow.lane().id() + " is already running");
    }
    forwarding = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "forward-" + flow.lane().id()));
    forwarding.scheduleWithFixedDelay(outbox::forward, 0, forwardEvery.toMillis(), TimeUnit.MILLISECONDS);
    laneThread = daemon(this::serve, "lane-" + flow.lane().id());
    laneThread.start();
  }

  /** Transactions finished so far. */
  public int served() {
    return served.get();
  }

  private void serve() {
    while (running.get()) {
      flow.serveNext().ifPresent(t -> {
        served.incrementAndGet();
        listener.accept(t);
      });
    }
  }

  @Override
  public synchronized void close() throws InterruptedException {
    if (!running.compareAndSet(true, false)) {
      return;
    }
    laneThread.join(Duration.ofSeconds(30).toMillis());
    forwarding.shutdown();
    forwarding.awaitTermination(10, TimeUnit.SECONDS);
    outbox.forward();
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
