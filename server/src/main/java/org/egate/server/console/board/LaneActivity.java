package org.egate.server.console.board;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.egate.border.reason.ReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The in-process event bus from the lanes' hot paths to the live board. Publishing is one call
 * that never blocks and touches no database: it stamps the time and offers the event to a bounded
 * queue (a full queue drops the event and counts it). One dispatcher thread drains the queue,
 * keeps the last few decisions per lane and tells the board which lanes changed, at most once per
 * {@link BoardParameters#PUSH_INTERVAL}.
 */
@Component
public class LaneActivity implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LaneActivity.class);

  private final Clock clock;
  private final BlockingQueue<LaneEvent> queue = new ArrayBlockingQueue<>(BoardParameters.QUEUE_CAPACITY);
  private final Map<String, Deque<LaneEvent>> recent = new ConcurrentHashMap<>();
  private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong dropped = new AtomicLong();
  private volatile Thread dispatcher;

  LaneActivity(Clock clock) {
    this.clock = clock;
  }

  /** A lane authorization was answered (called by the authorization use case). */
  public void authorization(String laneId, ReasonCode reason) {
    offer(new LaneEvent(laneId, LaneEvent.Kind.AUTHORIZATION, reason, clock.instant()));
  }

  /** A crossing was recorded (called by crossing ingest). */
  public void crossing(String laneId, ReasonCode reason) {
    offer(new LaneEvent(laneId, LaneEvent.Kind.CROSSING, reason, clock.instant()));
  }

  private void offer(LaneEvent event) {
    if (!queue.offer(event)) {
      dropped.incrementAndGet();
    }
  }

  /** The lane's last decisions, newest first. */
  public List<LaneEvent> recent(String laneId) {
    Deque<LaneEvent> d = recent.get(laneId);
    if (d == null) {
      return List.of();
    }
    synchronized (d) {
      return List.copyOf(d);
    }
  }

  /** Events dropped because the board fell behind (the lanes never wait for it). */
  public long dropped() {
    return dropped.get();
  }

  /** Called on the dispatcher thread with the ids of the lanes whose recent decisions changed. */
  void subscribe(Consumer<Set<String>> listener) {
    listeners.add(listener);
  }

  private void run() {
    List<LaneEvent> batch = new ArrayList<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(queue.take());
        queue.drainTo(batch);
        Set<String> changed = new LinkedHashSet<>();
        for (LaneEvent e : batch) {
          Deque<LaneEvent> d = recent.computeIfAbsent(e.laneId(), id -> new ArrayDeque<>());
          synchronized (d) {
            d.addFirst(e);
            while (d.size() > BoardParameters.RECENT_PER_LANE) {
              d.removeLast();
            }
          }
          changed.add(e.laneId());
        }
        batch.clear();
        for (Consumer<Set<String>> l : listeners) {
          try {
            l.accept(changed);
          } catch (RuntimeException ex) {
            log.warn("lane board listener failed for {} lanes: {}", changed.size(), ex.toString());
          }
        }
        Thread.sleep(BoardParameters.PUSH_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public synchronized void start() {
    if (dispatcher == null) {
      Thread t = new Thread(this::run, "lane-board");
      t.setDaemon(true);
      t.start();
      dispatcher = t;
    }
  }

  @Override
  public synchronized void stop() {
    if (dispatcher != null) {
      dispatcher.interrupt();
      dispatcher = null;
    }
  }

  @Override
  public boolean isRunning() {
    return dispatcher != null;
  }
}
