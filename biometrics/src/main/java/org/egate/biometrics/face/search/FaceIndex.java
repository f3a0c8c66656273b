package org.egate.biometrics.face.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.egate.biometrics.face.describe.FaceDescriptor;

/**
 * 1:N duplicate search over face descriptors held densely in memory: each descriptor quantized to
 * 128 signed bytes (step 1/256, range ±0.496; descriptor values stay within ±0.35) in one
 * contiguous array, searched exactly (every entry scored) for the k smallest distances, split over
 * threads. 1,000,000 entries take 128 MB.
 *
 * <p>Not thread-safe for concurrent {@link #add}/{@link #remove} and {@link #search}; searches may
 * run concurrently with each other.
 */
public final class FaceIndex implements AutoCloseable {
  static final int DIM = FaceDescriptor.LENGTH;
  static final float STEP = 1f / 256f;
  /** Dimensions scored before the early-abandon test; the last {@code DIM - PREFIX} form the tail. */
  static final int PREFIX = 96;

  private byte[] codes;
  private int[] norms;
  private int[] tailNorms;
  private long[] ids;
  private int size;
  private final ExecutorService pool;
  private final int threads;

  /** One result: the caller's id for the entry and its descriptor distance to the probe. */
  public record Hit(long id, double distance) {
  }

  public FaceIndex(int initialCapacity, int threads) {
    if (initialCapacity < 1 || threads < 1) {
      throw new IllegalArgumentException("capacity and threads must be >= 1 but were " + initialCapacity + ", " + threads);
    }
    codes = new byte[initialCapacity * DIM];
    norms = new int[initialCapacity];
    tailNorms = new int[initialCapacity];
    ids = new long[initialCapacity];
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "face-index");
      t.setDaemon(true);
      return t;
    });
  }

  public int size() {
    return size;
  }

  public void add(long id, FaceDescriptor descriptor) {
    add(id, descriptor.values());
  }

  /** Adds a raw 128-value descriptor (for bulk loading). */
  public void add(long id, float[] values) {
    if (values.length != DIM) {
      throw new IllegalArgumentException("descriptor must have 128 values but had " + values.length);
    }
    if (size == ids.length) {
      int capacity = Math.min(Integer.MAX_VALUE / DIM, ids.length * 2);
      if (capacity == size) {
        throw new IllegalStateException("face index is full at " + size + " entries");
      }
      codes = Arrays.copyOf(codes, capacity * DIM);
      norms = Arrays.copyOf(norms, capacity);
      tailNorms = Arrays.copyOf(tailNorms, capacity);
      ids = Arrays.copyOf(ids, capacity);
    }
    int norm = 0;
    int tail = 0;
    int base = size * DIM;
    for (int i = 0; i < DIM; i++) {
      int q = quantize(values[i]);
      codes[base + i] = (byte) q;
      norm += q * q;
      if (i >= PREFIX) {
        tail += q * q;
      }
    }
    norms[size] = norm;
    tailNorms[size] = tail;
    ids[size] = id;
    size++;
  }

  /**
   * Removes the entry with this id (the last entry takes its place, so order is not kept); returns
   * whether there was one. Linear in the size (a scan of the ids): meant for rare changes such as
   * a withdrawn enrollment, not for bulk use.
   */
  public boolean remove(long id) {
    for (int row = 0; row < size; row++) {
      if (ids[row] == id) {
        int last = size - 1;
        System.arraycopy(codes, last * DIM, codes, row * DIM, DIM);
        norms[row] = norms[last];
        tailNorms[row] = tailNorms[last];
        ids[row] = ids[last];
        size = last;
        return true;
      }
    }
    return false;
  }

  static int quantize(float v) {
    return Math.max(-127, Math.min(127, Math.round(v / STEP)));
  }

  /** The k entries nearest to the probe, nearest first. */
  public List<Hit> search(FaceDescriptor probe, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    float[] values = probe.values();
    byte[] q = new byte[DIM];
    int qNorm = 0;
    int qTail = 0;
    for (int i = 0; i < DIM; i++) {
      q[i] = (byte) quantize(values[i]);
      qNorm += q[i] * q[i];
      if (i >= PREFIX) {
        qTail += q[i] * q[i];
      }
    }
    int n = size;
    int chunk = (n + threads - 1) / threads;
    List<Future<TopK>> parts = new ArrayList<>();
    final int probeNorm = qNorm;
    final int probeTail = qTail;
    for (int t = 0; t < threads; t++) {
      int from = t * chunk;
      int to = Math.min(n, from + chunk);
      if (from >= to) {
        break;
      }
      parts.add(pool.submit(() -> scan(q, probeNorm, probeTail, from, to, k)));
    }
    TopK all = new TopK(k);
    try {
      for (Future<TopK> f : parts) {
        TopK part = f.get();
        for (int i = 0; i < part.count; i++) {
          all.offer(part.keys[i], part.rows[i]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("face index search interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("face index search failed", e.getCause());
    }
    return all.hits(ids);
  }

  /**
   * Scores rows {@code from..to-1}. Rows are taken four at a time so that each query value is loaded
   * once for four multiply-adds: HotSpot C2 (JDK 17) does not vectorize a byte-by-byte dot product
   * into an int sum (mixed element sizes), so the scalar loop is bound by loads and multiplies
   * (decision 0034).
   *
   * <p>Exact early abandoning: after the first {@link #PREFIX} dimensions of a block, once the heap
   * holds k entries with worst key W, a row whose prefix dot is p, squared norm n and tail squared
   * norm t (probe: norm m, tail norm u) has squared distance
   * {@code n + m - 2(p + tailDot)} and, by Cauchy-Schwarz, {@code tailDot <= sqrt(t u)}, so its
   * distance is at least {@code W + R - 2 sqrt(t u)} with {@code R = n + m - 2p - W}. When
   * {@code R >= 0} and {@code R*R >= 4 t u} (exact in long arithmetic) the distance is >= W, and such
   * a row would not be offered anyway (only keys strictly below W enter; W never grows). So the tail
   * is skipped only for rows the full scan would also reject: the result is identical. The tail is
   * skipped for a block only when all four rows qualify.
   */
  private TopK scan(byte[] q, int qNorm, int qTail, int from, int to, int k) {
    TopK top = new TopK(k);
    byte[] c = codes;
    int[] n = norms;
    int[] tails = tailNorms;
    int row = from;
    for (; row + 3 < to; row += 4) {
      int b0 = row * DIM;
      int b1 = b0 + DIM;
      int b2 = b1 + DIM;
      int b3 = b2 + DIM;
      int d0 = 0;
      int d1 = 0;
      int d2 = 0;
      int d3 = 0;
      for (int i = 0; i < PREFIX; i++) {
        int x = q[i];
        d0 += c[b0 + i] * x;
        d1 += c[b1 + i] * x;
        d2 += c[b2 + i] * x;
        d3 += c[b3 + i] * x;
      }
      if (top.count == k) {
        int worst = top.worst();
        if (beyond(n[row] + qNorm - 2 * d0 - worst, tails[row], qTail)
            && beyond(n[row + 1] + qNorm - 2 * d1 - worst, tails[row + 1], qTail)
            && beyond(n[row + 2] + qNorm - 2 * d2 - worst, tails[row + 2], qTail)
            && beyond(n[row + 3] + qNorm - 2 * d3 - worst, tails[row + 3], qTail)) {
          continue;
        }
      }
      for (int i = PREFIX; i < DIM; i++) {
        int x = q[i];
        d0 += c[b0 + i] * x;
        d1 += c[b1 + i] * x;
        d2 += c[b2 + i] * x;
        d3 += c[b3 + i] * x;
      }
      offer(top, k, n[row] + qNorm - 2 * d0, row);
      offer(top, k, n[row + 1] + qNorm - 2 * d1, row + 1);
      offer(top, k, n[row + 2] + qNorm - 2 * d2, row + 2);
      offer(top, k, n[row + 3] + qNorm - 2 * d3, row + 3);
    }
    for (; row < to; row++) {
      int base = row * DIM;
      int dot = 0;
      for (int i = 0; i < DIM; i++) {
        dot += c[base + i] * q[i];
      }
      offer(top, k, n[row] + qNorm - 2 * dot, row);
    }
    return top;
  }

  /** True when {@code slack >= 2 sqrt(tail * probeTail)}, i.e. the row cannot beat the worst kept. */
  static boolean beyond(int slack, int tail, int probeTail) {
    return slack >= 0 && (long) slack * slack >= 4L * tail * probeTail;
  }

  private static void offer(TopK top, int k, int squared, int row) {
    if (top.count < k || squared < top.worst()) {
      top.offer(squared, row);
    }
  }

  /** Bounded max-heap of (squared quantized distance, row). */
  private static final class TopK {
    final int[] keys;
    final int[] rows;
    int count;

    TopK(int k) {
      keys = new int[k];
      rows = new int[k];
    }

    int worst() {
      return keys[0];
    }

    void offer(int key, int row) {
      if (count < keys.length) {
        int i = count++;
        keys[i] = key;
        rows[i] = row;
        while (i > 0) {
          int parent = (i - 1) / 2;
          if (keys[parent] >= keys[i]) {
            break;
          }
          swap(i, parent);
          i = parent;
        }
      } else if (key < keys[0]) {
        keys[0] = key;
        rows[0] = row;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int r = l + 1;
          int largest = i;
          if (l < count && keys[l] > keys[largest]) {
            largest = l;
          }
          if (r < count && keys[r] > keys[largest]) {
            largest = r;
          }
          if (largest == i) {
            break;
          }
          swap(i, largest);
          i = largest;
        }
      }
    }

    private void swap(int a, int b) {
      int k = keys[a];
      keys[a] = keys[b];
      keys[b] = k;
      int r = rows[a];
      rows[a] = rows[b];
      rows[b] = r;
    }

    List<Hit> hits(long[] ids) {
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
      List<Hit> out = new ArrayList<>();
      for (int i : order) {
        out.add(new Hit(ids[rows[i]], Math.sqrt(Math.max(0, keys[i])) * STEP));
      }
      return out;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
