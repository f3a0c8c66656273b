package org.egate.biometrics.finger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Fingerprint 1:N over a set of candidates (duplicate enrollment): the probe is compared with
 * every candidate through SourceAFIS, and the candidates at or above the threshold are returned,
 * best first. The probe's matcher is built once.
 */
public final class FingerprintSearch {
  private final FingerprintEngine engine;

  public FingerprintSearch(FingerprintEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** A candidate found by a search. */
  public record Hit<K>(K id, double score) {}

  /** Candidates scoring at least {@code threshold}, best first, at most {@code limit}; one thread. */
  public <K> List<Hit<K>> search(Fingerprint probe, Map<K, Fingerprint> candidates, double threshold, int limit) {
    return search(probe, candidates, threshold, limit, false);
  }

  /**
   * As {@link #search(Fingerprint, Map, double, int)}, on all cores when {@code parallel}
   * (SourceAFIS's {@code match} is thread-safe; the common fork-join pool does the work). The
   * result does not depend on the thread count: ties are broken by candidate order.
   */
  public <K> List<Hit<K>> search(Fingerprint probe, Map<K, Fingerprint> candidates, double threshold, int limit, boolean parallel) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    FingerprintEngine.Probe prepared = engine.prepare(probe);
    List<Map.Entry<K, Fingerprint>> entries = new ArrayList<>(candidates.entrySet());
    double[] scores = new double[entries.size()];
    IntStream range = IntStream.range(0, entries.size());
    (parallel ? range.parallel() : range).forEach(i -> scores[i] = prepared.compare(entries.get(i).getValue()));
    List<Hit<K>> hits = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        hits.add(new Hit<>(entries.get(i).getKey(), scores[i]));
      }
    }
    // Stable sort: equal scores keep candidate order.
    hits.sort(Comparator.comparingDouble((Hit<K> h) -> h.score()).reversed());
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }
}
