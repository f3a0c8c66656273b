package org.egate.server.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit (decision 0090): concurrent callers {@link #submit} one item each and wait; a writer
 * thread takes whatever is queued (up to {@code maxBatch}), writes it with one call of the batch
 * function inside one transaction, commits, and only then hands each caller its result. So an
 * answer is never sent before its row is durable, and many requests share one commit (and, when the
 * batch function is set-based, one statement).
 *
 * <p>When a batch fails (a database error aborts the whole transaction), each of its items is
 * written again alone in its own transaction, so one bad item fails only its own caller. The batch
 * function must therefore leave nothing behind but what its transaction commits.
 *
 * @param <I> what a caller submits
 * @param <O> what it gets back once committed
 */
public final class GroupCommit<I, O> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

  private record Job<I, O>(I item, CompletableFuture<O> result) {}

  private final BlockingQueue<Job<I, O>> queue = new LinkedBlockingQueue<>();
  private final TransactionTemplate tx;
  private final Function<List<I>, List<O>> writeBatch;
  private final int maxBatch;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean closed;

  /**
   * @param writeBatch writes the items (in the given transaction) and returns one result per item, in order
   * @param writerThreads batches written at the same time: 2 lets one batch wait for its commit's flush while the next
   *     one is written
   */
  public GroupCommit(String name, TransactionTemplate tx, int maxBatch, int writerThreads, Function<List<I>, List<O>> writeBatch) {
    if (maxBatch < 1 || writerThreads < 1) {
      throw new IllegalArgumentException("maxBatch and writerThreads must be positive");
    }
    this.tx = Objects.requireNonNull(tx, "tx");
    this.maxBatch = maxBatch;
    this.writeBatch = Objects.requireNonNull(writeBatch, "writeBatch");
    for (int i = 0; i < writerThreads; i++) {
      Thread t = new Thread(this::run, "egate-group-commit-" + name + "-" + (i + 1));
      t.setDaemon(true);
      writers.add(t);
      t.start();
    }
  }

  /** Queues the item and waits until its batch has committed; rethrows what writing it threw. */
  public O submit(I item) {
    if (closed) {
      throw new IllegalStateException("group commit is closed");
    }
    CompletableFuture<O> result = new CompletableFuture<>();
    queue.add(new Job<>(item, result));
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the commit", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void run() {
    List<Job<I, O>> batch = new ArrayList<>(maxBatch);
    while (!closed) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, maxBatch - 1);
      write(batch);
      batch.clear();
    }
    Job<I, O> left;
    while ((left = queue.poll()) != null) {
      left.result().completeExceptionally(new IllegalStateException("the server is shutting down"));
    }
  }

  private void write(List<Job<I, O>> batch) {
    List<I> items = new ArrayList<>(batch.size());
    for (Job<I, O> j : batch) {
      items.add(j.item());
    }
    List<O> results;
    try {
      results = tx.execute(s -> writeBatch.apply(items));
    } catch (RuntimeException | Error e) {
      if (batch.size() == 1) {
        batch.get(0).result().completeExceptionally(e);
        return;
      }
      log.debug("a batch of {} failed; writing its items one by one", batch.size(), e);
      for (Job<I, O> j : batch) {
        write(List.of(j));
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result().complete(results.get(i));
    }
  }

  @Override
  public void close() {
    closed = true;
    writers.forEach(Thread::interrupt);
  }
}
