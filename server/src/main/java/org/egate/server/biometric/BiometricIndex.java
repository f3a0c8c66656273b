package org.egate.server.biometric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.search.FaceIndex;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.enrollment.DuplicateHit;
import org.egate.border.enrollment.DuplicateSearch;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.traveler.TravelerId;
import org.egate.server.crypto.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The 1:N duplicate check ({@code DuplicateSearch}), held in memory. Faces: the descriptors of every
 * active (or pending review) enrollment in a {@link FaceIndex} (int8, exact top-k), referred at the
 * face operating point {@link DuplicateCheckParameters#FACE_FMR_TARGET}. Fingerprints: every
 * current (not withdrawn) enrollment's index fingers compared with SourceAFIS. Loaded from the
 * sealed templates when the server is ready (or on first use); kept in step by {@link #onSaved} (undone if the saving
 * transaction rolls back). One server instance owns the index (decisions 0055, 0101).
 */
@Component
public class BiometricIndex implements DuplicateSearch, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BiometricIndex.class);
  /** Enrollments whose face a new applicant is searched against (a suspended one is out until reinstated). */
  static final Set<EnrollmentStatus> FACE_SEARCHED = EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.PENDING_REVIEW);
  /** No face row. */
  private static final long NONE = -1;

  private final JdbcClient jdbc;
  private final Sealer sealer;
  private final FaceTemplates faces;
  private final FingerTemplates fingers;
  private final Map<EnrollmentId, Entry> entries = new ConcurrentHashMap<>();
  /** The face index: written under the write lock, searched under the read lock (FaceIndex is not safe otherwise). */
  private final FaceIndex faceIndex = new FaceIndex(1024, DuplicateCheckParameters.FACE_SEARCH_THREADS);
  private final Map<Long, EnrollmentId> faceRows = new ConcurrentHashMap<>();
  private final ReadWriteLock faceLock = new ReentrantReadWriteLock();
  private final AtomicLong nextFaceRow = new AtomicLong();
  private volatile boolean loaded;

  BiometricIndex(JdbcClient jdbc, Sealer sealer, FaceTemplates faces, FingerTemplates fingers) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.faces = faces;
    this.fingers = fingers;
  }

  /** One enrollment in memory; {@code faceRow} is its id in the face index, or -1 when not there. */
  record Entry(TravelerId traveler, EnrollmentStatus status, FaceDescriptor face, long faceRow, Map<FingerPosition, Fingerprint> fingers) {}

  /**
   * The hits against the named candidates (at most {@link DuplicateCheckParameters#MAX_CANDIDATES}),
   * in {@link #search}'s order: the referral keeps them (decision 0170).
   */
  @Override
  public List<DuplicateHit> hits(BiometricSet biometrics, TravelerId applicant) {
    List<DuplicateHit> hits = search(biometrics, applicant);
    List<EnrollmentId> named = hits.stream().map(DuplicateHit::candidate).distinct()
        .limit(DuplicateCheckParameters.MAX_CANDIDATES).toList();
    return hits.stream().filter(h -> named.contains(h.candidate())).toList();
  }

  /**
   * Every enrollment of another traveler whose face or a fingerprint matches; face hits first, each
   * modality best first; one finger hit per applicant finger and candidate (its best).
   */
  public List<DuplicateHit> search(BiometricSet biometrics, TravelerId applicant) {
    ensureLoaded();
    List<DuplicateHit> faceHits = new ArrayList<>();
    biometrics.faceTemplate().flatMap(faces::descriptor).ifPresent(probe -> faceHits.addAll(faceHits(probe, applicant)));
    List<DuplicateHit> fingerHits = new ArrayList<>();
    Map<FingerPosition, Fingerprint> probes = new EnumMap<>(FingerPosition.class);
    biometrics.fingers().forEach((pos, t) -> probes.put(pos, fingers.open(t)));
    if (!probes.isEmpty()) {
      for (Map.Entry<EnrollmentId, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        if (entry.traveler.equals(applicant)) {
          continue;
        }
        for (var p : probes.entrySet()) {
          // either index finger of the applicant against both of the enrolled (fingers may be swapped);
          // one hit per applicant finger and candidate, its best
          DuplicateHit best = null;
          for (var reference : entry.fingers.entrySet()) {
            double s = fingers.compare(p.getValue(), reference.getValue());
            if (s >= DuplicateCheckParameters.FINGER_THRESHOLD && (best == null || s > best.score())) {
              best = new DuplicateHit(e.getKey(), p.getKey().name(), reference.getKey().name(), s, DuplicateCheckParameters.FINGER_THRESHOLD,
                  DuplicateCheckParameters.FINGER_FMR_TARGET);
            }
          }
          if (best != null) {
            fingerHits.add(best);
          }
        }
      }
      fingerHits.sort(Comparator.comparingDouble(DuplicateHit::score).reversed());
    }
    List<DuplicateHit> hits = new ArrayList<>(faceHits);
    hits.addAll(fingerHits);
    return hits;
  }

  private List<DuplicateHit> faceHits(FaceDescriptor probe, TravelerId applicant) {
    List<FaceIndex.Hit> nearest;
    faceLock.readLock().lock();
    try {
      if (faceIndex.size() == 0) {
        return List.of();
      }
      // a few more than named, since the applicant's own earlier enrollments are among the nearest
      nearest = faceIndex.search(probe, DuplicateCheckParameters.MAX_CANDIDATES + 2);
    } finally {
      faceLock.readLock().unlock();
    }
    List<DuplicateHit> hits = new ArrayList<>();
    for (FaceIndex.Hit h : nearest) {
      if (h.distance() > DuplicateCheckParameters.FACE_DISTANCE_THRESHOLD) {
        break; // nearest first
      }
      EnrollmentId id = faceRows.get(h.id());
      Entry entry = id == null ? null : entries.get(id);
      if (entry != null && !entry.traveler.equals(applicant)) {
        hits.add(new DuplicateHit(id, "FACE", "FACE", 1 - h.distance(), DuplicateCheckParameters.FACE_SCORE_THRESHOLD,
            DuplicateCheckParameters.FACE_FMR_TARGET));
      }
    }
    return hits;
  }

  /**
   * Loads the index in the background as soon as the server is ready, so the first enrollment does
   * not wait for it (it would, on the monitor, if it came first).
   */
  @EventListener(ApplicationReadyEvent.class)
  void loadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        ensureLoaded();
      } catch (RuntimeException e) {
        log.warn("1:N index not loaded at start ({}); it loads on first use", e.toString());
      }
    }, "biometric-index-load");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * Drops the index and loads the committed state again: for rows written around the server (a
   * benchmark's bulk seed), since the index otherwise learns only of saves through the repository.
   */
  public synchronized void reload() {
    for (EnrollmentId id : List.copyOf(entries.keySet())) {
      apply(id, null);
    }
    loaded = false;
    ensureLoaded();
  }

  /** Keeps the index in step with a saved enrollment; runs inside the saving transaction. */
  public void onSaved(Enrollment e) {
    if (!loaded) {
      return; // loading later reads the committed state
    }
    Entry previous = apply(e.id(), e.status() == EnrollmentStatus.WITHDRAWN ? null : entryOf(e.traveler(), e.status(), e.biometrics()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            apply(e.id(), previous);
          }
        }
      });
    }
  }

  /** Adds an active entry directly (bulk loading for benchmarks); not persisted. */
  public void put(EnrollmentId id, TravelerId traveler, BiometricSet biometrics) {
    ensureLoaded();
    apply(id, entryOf(traveler, EnrollmentStatus.ACTIVE, biometrics));
  }

  public int size() {
    ensureLoaded();
    return entries.size();
  }

  /** Enrollments whose face is searched. */
  public int faceCount() {
    ensureLoaded();
    faceLock.readLock().lock();
    try {
      return faceIndex.size();
    } finally {
      faceLock.readLock().unlock();
    }
  }

  /** Replaces the entry of an enrollment (null removes it), in the map and the face index; returns the one before. */
  private synchronized Entry apply(EnrollmentId id, Entry next) {
    Entry previous = next == null ? entries.remove(id) : entries.put(id, next);
    faceLock.writeLock().lock();
    try {
      if (previous != null && previous.faceRow != NONE) {
        faceIndex.remove(previous.faceRow);
        faceRows.remove(previous.faceRow);
      }
      if (next != null && next.faceRow != NONE) {
        faceIndex.add(next.faceRow, next.face);
        faceRows.put(next.faceRow, id);
      }
    } finally {
      faceLock.writeLock().unlock();
    }
    return previous;
  }

  private Entry entryOf(TravelerId traveler, EnrollmentStatus status, BiometricSet b) {
    Optional<FaceDescriptor> face = b.faceTemplate().flatMap(faces::descriptor);
    long row = face.isPresent() && FACE_SEARCHED.contains(status) ? nextFaceRow.getAndIncrement() : NONE;
    Map<FingerPosition, Fingerprint> f = new EnumMap<>(FingerPosition.class);
    b.fingers().forEach((pos, t) -> f.put(pos, fingers.open(t)));
    return new Entry(traveler, status, face.orElse(null), row, f);
  }

  private synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    long start = System.nanoTime();
    record Row(UUID enrollment, UUID traveler, String status, String slot, String format, byte[] sealed) {}
    Map<EnrollmentId, TravelerId> travelers = new ConcurrentHashMap<>();
    Map<EnrollmentId, EnrollmentStatus> statuses = new ConcurrentHashMap<>();
    Map<EnrollmentId, BiometricTemplate> faceTemplates = new ConcurrentHashMap<>();
    Map<EnrollmentId, Map<FingerPosition, BiometricTemplate>> fingerTemplates = new ConcurrentHashMap<>();
    jdbc.sql("select b.enrollment_id, e.traveler_id, e.status, b.slot, b.format, b.sealed from biometric b join enrollment e on e.id = b.enrollment_id"
            + " where e.status <> 'WITHDRAWN' and b.slot <> 'FACE_IMAGE'")
        .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getBytes(6)))
        .stream()
        .forEach(r -> {
          EnrollmentId id = new EnrollmentId(r.enrollment);
          travelers.put(id, new TravelerId(r.traveler));
          statuses.put(id, EnrollmentStatus.valueOf(r.status));
          byte[] data = sealer.open(r.sealed, "biometric:" + id + ":" + r.slot);
          if (r.slot.equals("FACE")) {
            faceTemplates.put(id, BiometricTemplate.face(r.format, data));
          } else {
            FingerPosition pos = FingerPosition.valueOf(r.slot);
            fingerTemplates.computeIfAbsent(id, k -> new EnumMap<>(FingerPosition.class)).put(pos, BiometricTemplate.finger(pos, r.format, data));
          }
        });
    travelers.forEach((id, traveler) -> apply(id,
        entryOf(traveler, statuses.get(id), new BiometricSet(faceTemplates.get(id), fingerTemplates.getOrDefault(id, Map.of())))));
    loaded = true;
    long otherFormat = faceTemplates.values().stream().filter(t -> !t.format().equals(faces.format())).count();
    log.info("1:N index loaded: {} enrollments ({} faces searched, {} face templates in another format than {}) in {} ms", entries.size(),
        faceIndex.size(), otherFormat, faces.format(), (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public void close() {
    faceIndex.close();
  }
}
