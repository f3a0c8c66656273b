package org.egate.server.biometric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.enrollment.DuplicateSearch;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.traveler.TravelerId;
import org.egate.server.crypto.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The 1:N duplicate check ({@code DuplicateSearch}) over every current (not withdrawn)
 * enrollment, held in memory: face vectors scanned in full, fingerprints compared with SourceAFIS.
 * Loaded from the sealed templates on first use; kept in step by {@link #onSaved} (undone if the
 * saving transaction rolls back). One server instance owns the index (decision 0055).
 */
@Component
public class BiometricIndex implements DuplicateSearch {
  private static final Logger log = LoggerFactory.getLogger(BiometricIndex.class);

  private final JdbcClient jdbc;
  private final Sealer sealer;
  private final FaceTemplates faces;
  private final FingerTemplates fingers;
  private final Map<EnrollmentId, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  BiometricIndex(JdbcClient jdbc, Sealer sealer, FaceTemplates faces, FingerTemplates fingers) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.faces = faces;
    this.fingers = fingers;
  }

  record Entry(TravelerId traveler, float[] face, Map<FingerPosition, Fingerprint> fingers) {}

  /** A hit of the 1:N search. */
  public record Hit(EnrollmentId enrollment, String modality, double score) {}

  @Override
  public List<EnrollmentId> candidates(BiometricSet biometrics, TravelerId applicant) {
    return search(biometrics, applicant).stream().map(Hit::enrollment).distinct().limit(DuplicateCheckParameters.MAX_CANDIDATES).toList();
  }

  /** Every enrollment of another traveler whose face or a fingerprint matches, best first. */
  public List<Hit> search(BiometricSet biometrics, TravelerId applicant) {
    ensureLoaded();
    List<Hit> hits = new ArrayList<>();
    float[] probe = biometrics.faceTemplate().filter(t -> t.format().equals(faces.format())).map(faces::vector).orElse(null);
    Map<FingerPosition, Fingerprint> probes = new EnumMap<>(FingerPosition.class);
    biometrics.fingers().forEach((pos, t) -> probes.put(pos, fingers.open(t)));
    for (Map.Entry<EnrollmentId, Entry> e : entries.entrySet()) {
      Entry entry = e.getValue();
      if (entry.traveler.equals(applicant)) {
        continue;
      }
      if (probe != null && entry.face != null) {
        double s = dot(probe, entry.face);
        if (s >= DuplicateCheckParameters.THUMBNAIL_FACE_THRESHOLD) {
          hits.add(new Hit(e.getKey(), "FACE", s));
        }
      }
      for (var p : probes.entrySet()) {
        // either index finger of the applicant against both of the enrolled (fingers may be swapped)
        for (Fingerprint reference : entry.fingers.values()) {
          double s = fingers.compare(p.getValue(), reference);
          if (s >= DuplicateCheckParameters.FINGER_THRESHOLD) {
            hits.add(new Hit(e.getKey(), "FINGERPRINT", s));
          }
        }
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed());
    return hits;
  }

  /** Keeps the index in step with a saved enrollment; runs inside the saving transaction. */
  public void onSaved(Enrollment e) {
    if (!loaded) {
      return; // loading later reads the committed state
    }
    Entry previous = entries.get(e.id());
    if (e.status() == EnrollmentStatus.WITHDRAWN) {
      entries.remove(e.id());
    } else {
      entries.put(e.id(), entryOf(e.traveler(), e.biometrics()));
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            if (previous == null) {
              entries.remove(e.id());
            } else {
              entries.put(e.id(), previous);
            }
          }
        }
      });
    }
  }

  /** Adds an entry directly (bulk loading for benchmarks); not persisted. */
  public void put(EnrollmentId id, TravelerId traveler, BiometricSet biometrics) {
    ensureLoaded();
    entries.put(id, entryOf(traveler, biometrics));
  }

  public int size() {
    ensureLoaded();
    return entries.size();
  }

  private Entry entryOf(TravelerId traveler, BiometricSet b) {
    float[] face = b.faceTemplate().filter(t -> t.format().equals(faces.format())).map(faces::vector).orElse(null);
    Map<FingerPosition, Fingerprint> f = new EnumMap<>(FingerPosition.class);
    b.fingers().forEach((pos, t) -> f.put(pos, fingers.open(t)));
    return new Entry(traveler, face, f);
  }

  private synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    long start = System.nanoTime();
    record Row(UUID enrollment, UUID traveler, String slot, String format, byte[] sealed) {}
    Map<EnrollmentId, TravelerId> travelers = new ConcurrentHashMap<>();
    Map<EnrollmentId, BiometricTemplate> faceTemplates = new ConcurrentHashMap<>();
    Map<EnrollmentId, Map<FingerPosition, BiometricTemplate>> fingerTemplates = new ConcurrentHashMap<>();
    jdbc.sql("select b.enrollment_id, e.traveler_id, b.slot, b.format, b.sealed from biometric b join enrollment e on e.id = b.enrollment_id"
            + " where e.status <> 'WITHDRAWN' and b.slot <> 'FACE_IMAGE'")
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getBytes(5)))
        .stream()
        .forEach(r -> {
          EnrollmentId id = new EnrollmentId(r.enrollment);
          travelers.put(id, new TravelerId(r.traveler));
          byte[] data = sealer.open(r.sealed, "biometric:" + id + ":" + r.slot);
          if (r.slot.equals("FACE")) {
            faceTemplates.put(id, BiometricTemplate.face(r.format, data));
          } else {
            FingerPosition pos = FingerPosition.valueOf(r.slot);
            fingerTemplates.computeIfAbsent(id, k -> new EnumMap<>(FingerPosition.class)).put(pos, BiometricTemplate.finger(pos, r.format, data));
          }
        });
    travelers.forEach((id, traveler) ->
        entries.put(id, entryOf(traveler, new BiometricSet(faceTemplates.get(id), fingerTemplates.getOrDefault(id, Map.of())))));
    loaded = true;
    log.info("1:N index loaded: {} enrollments in {} ms", entries.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private static double dot(float[] a, float[] b) {
    int n = Math.min(a.length, b.length);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
