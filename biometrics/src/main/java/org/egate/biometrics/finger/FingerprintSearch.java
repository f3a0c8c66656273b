package org.egate.biometrics.finger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  /** Candidates scoring at least {@code threshold}, best first, at most {@code limit}. */
  public <K> List<Hit<K>> search(Fingerprint probe, Map<K, Fingerprint> candidates, double threshold, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    FingerprintEngine.Probe prepared = engine.prepare(probe);
    List<Hit<K>> hits = new ArrayList<>();
    for (Map.Entry<K, Fingerprint> c : candidates.entrySet()) {
      double score = prepared.compare(c.getValue());
      if (score >= threshold) {
        hits.add(new Hit<>(c.getKey(), score));
      }
    }
    hits.sort(Comparator.comparingDouble((Hit<K> h) -> h.score()).reversed());
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }
}
