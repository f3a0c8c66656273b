package org.egate.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitTest {
  /** Counts commits and rollbacks; writes nothing. */
  private static final class CountingTransactions extends AbstractPlatformTransactionManager {
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      commits.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      rollbacks.incrementAndGet();
    }
  }

  @Test
  void concurrentSubmissionsShareCommitsAndEachGetsItsOwnResult() throws Exception {
    CountingTransactions txm = new CountingTransactions();
    List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", new TransactionTemplate(txm), 16, 1, items -> {
      batchSizes.add(items.size());
      sleep(5); // a commit takes time, so others queue meanwhile
      return items.stream().map(i -> i * 10).toList();
    })) {
      ExecutorService pool = Executors.newFixedThreadPool(32);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        answers.add(pool.submit(() -> commits.submit(n)));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(answers.get(i).get()).isEqualTo(i * 10);
      }
      pool.shutdown();
    }
    assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
    assertThat(Collections.max(batchSizes)).isGreaterThan(1).isLessThanOrEqualTo(16);
    assertThat(txm.commits.get()).isEqualTo(batchSizes.size()).isLessThan(200);
  }

  @Test
  void aFailingBatchIsRetriedItemByItemSoOnlyTheBadItemFails() throws Exception {
    CountingTransactions txm = new CountingTransactions();
    try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", new TransactionTemplate(txm), 16, 1, items -> {
      sleep(20);
      if (items.contains(13)) {
        throw new IllegalStateException("item 13 breaks its batch");
      }
      return items;
    })) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 10; i < 18; i++) {
        int n = i;
        answers.add(pool.submit(() -> commits.submit(n)));
      }
      for (int i = 0; i < answers.size(); i++) {
        Future<Integer> f = answers.get(i);
        if (i + 10 == 13) {
          assertThatThrownBy(f::get).hasRootCauseMessage("item 13 breaks its batch");
        } else {
          assertThat(f.get()).isEqualTo(i + 10);
        }
      }
      pool.shutdown();
    }
    assertThat(txm.rollbacks.get()).isPositive();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
