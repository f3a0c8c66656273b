package org.egate.server.enrollment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.Consent;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.site.Location;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.TravelerId;
import org.egate.server.biometric.BiometricIndex;
import org.egate.server.crypto.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enrollments in PostgreSQL: the row, its documents, and its biometric templates sealed under
 * the active data key (erased rows on withdrawal). Saving also keeps the in-memory 1:N index in
 * step ({@link BiometricIndex}).
 */
@Component
public class SqlEnrollmentRepository implements EnrollmentRepository {
  private static final String COLUMNS = "id, traveler_id, category, height_cm, site_id, terminal, enrolled_on, rule_version,"
      + " status, status_since, status_note, consent_face, consent_fingers, consent_on";
  /** The same columns qualified with {@code e.} for joins. */
  private static final String E_COLUMNS = COLUMNS.replaceAll("(^|, )", "$1e.");

  private final JdbcClient jdbc;
  private final Sealer sealer;
  private final BiometricIndex index;
  private final Clock clock;

  SqlEnrollmentRepository(JdbcClient jdbc, Sealer sealer, BiometricIndex index, Clock clock) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.index = index;
    this.clock = clock;
  }

  @Override
  public EnrollmentId nextId() {
    return new EnrollmentId(UUID.randomUUID());
  }

  @Override
  public void save(Enrollment e) {
    Consent c = e.consent();
    jdbc.sql("insert into enrollment (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set status = excluded.status, status_since = excluded.status_since,"
            + " status_note = excluded.status_note")
        .params(e.id().value(), e.traveler().value(), e.category().name(), e.height().centimeters(), e.place().site().value(),
            e.place().terminal().value(), Date.valueOf(e.enrolledOn()), e.ruleVersion().value(), e.status().name(),
            Date.valueOf(e.statusSince()), e.statusNote(), c == null ? null : c.faceImage(), c == null ? null : c.fingerprints(),
            c == null ? null : Date.valueOf(c.givenOn()), Timestamp.from(clock.instant()))
        .update();
    boolean current = e.status() != EnrollmentStatus.WITHDRAWN;
    jdbc.sql("delete from enrollment_document where enrollment_id = ?").param(e.id().value()).update();
    for (IdentityDocument d : e.documents()) {
      jdbc.sql("insert into enrollment_document (enrollment_id, kind, issuer, number, expires_on, current) values (?, ?, ?, ?, ?, ?)")
          .params(e.id().value(), d.kind().code(), d.key().issuer().code(), d.key().number().value(),
              d.expiresOn() == null ? null : Date.valueOf(d.expiresOn()), current)
          .update();
    }
    if (e.biometrics().isEmpty()) {
      // Withdrawal erases templates and the face image (DESIGN.md; border Enrollment.withdraw).
      jdbc.sql("delete from biometric where enrollment_id = ?").param(e.id().value()).update();
    } else {
      e.biometrics().faceTemplate().ifPresent(t -> seal(e.id(), "FACE", t));
      e.biometrics().fingers().forEach((pos, t) -> seal(e.id(), pos.name(), t));
    }
    index.onSaved(e);
  }

  /** Stores the captured face image, sealed; runs in the enrollment's transaction. */
  public void saveFaceImage(EnrollmentId id, byte[] image) {
    jdbc.sql("insert into biometric (enrollment_id, slot, format, sealed) values (?, 'FACE_IMAGE', 'image/1', ?)"
            + " on conflict (enrollment_id, slot) do update set sealed = excluded.sealed")
        .params(id.value(), sealer.seal(image, context(id, "FACE_IMAGE")))
        .update();
  }

  private void seal(EnrollmentId id, String slot, BiometricTemplate t) {
    jdbc.sql("insert into biometric (enrollment_id, slot, format, sealed) values (?, ?, ?, ?)"
            + " on conflict (enrollment_id, slot) do update set format = excluded.format, sealed = excluded.sealed")
        .params(id.value(), slot, t.format(), sealer.seal(t.data(), context(id, slot)))
        .update();
  }

  static String context(EnrollmentId id, String slot) {
    return "biometric:" + id + ":" + slot;
  }

  @Override
  public Optional<Enrollment> find(EnrollmentId id) {
    return one("where id = ?", id.value());
  }

  @Override
  public Optional<Enrollment> currentFor(TravelerId traveler) {
    return one("where traveler_id = ? and status <> 'WITHDRAWN'", traveler.value());
  }

  @Override
  public Optional<Enrollment> currentByDocument(DocumentKey document) {
    // The lane's hot path: one round trip for the enrollment row, its documents and its sealed
    // templates (array columns), instead of three.
    return jdbc.sql("select " + CURRENT_COLUMNS + " from enrollment_document d join enrollment e on e.id = d.enrollment_id" + CURRENT_JOINS
            + " where d.kind = ? and d.issuer = ? and d.number = ? and d.current")
        .params(document.kind().code(), document.issuer().code(), document.number().value())
        .query(this::whole).optional();
  }

  /**
   * The columns of {@link #currentByDocument} (1 to 21, over {@code enrollment e}), for a statement
   * that reads more alongside the enrollment (the lane's facts, decision 0093); read them with
   * {@link #currentFrom}.
   */
  public static final String CURRENT_COLUMNS = E_COLUMNS + ", docs.kinds, docs.issuers, docs.numbers, docs.expiries, bio.slots, bio.formats, bio.sealed";

  /** The lateral joins {@link #CURRENT_COLUMNS} need, after {@code enrollment e}. */
  public static final String CURRENT_JOINS = " cross join lateral (select array_agg(x.kind order by x.kind, x.issuer, x.number) kinds,"
      + " array_agg(x.issuer order by x.kind, x.issuer, x.number) issuers, array_agg(x.number order by x.kind, x.issuer, x.number) numbers,"
      + " array_agg(x.expires_on order by x.kind, x.issuer, x.number) expiries from enrollment_document x where x.enrollment_id = e.id) docs"
      + " cross join lateral (select array_agg(b.slot order by b.slot) slots, array_agg(b.format order by b.slot) formats,"
      + " array_agg(b.sealed order by b.slot) sealed from biometric b where b.enrollment_id = e.id and b.slot <> 'FACE_IMAGE') bio";

  /** The enrollment in columns 1-21 of a row selected with {@link #CURRENT_COLUMNS}, or empty when they are null (no enrollment). */
  public Optional<Enrollment> currentFrom(ResultSet rs) throws SQLException {
    return rs.getObject(1) == null ? Optional.empty() : Optional.of(whole(rs, 0));
  }

  /** The traveler who ever enrolled with this document (withdrawn enrollments included). */
  public Optional<TravelerId> travelerByDocument(DocumentKey document) {
    return jdbc.sql("select e.traveler_id from enrollment_document d join enrollment e on e.id = d.enrollment_id"
            + " where d.kind = ? and d.issuer = ? and d.number = ? order by e.created_at desc limit 1")
        .params(document.kind().code(), document.issuer().code(), document.number().value())
        .query(UUID.class).optional().map(TravelerId::new);
  }

  @Override
  public List<Enrollment> history(TravelerId traveler) {
    return jdbc.sql("select " + COLUMNS + " from enrollment where traveler_id = ? order by created_at")
        .param(traveler.value()).query(this::row).list().stream().map(this::complete).toList();
  }

  private Optional<Enrollment> one(String where, Object param) {
    return jdbc.sql("select " + COLUMNS + " from enrollment " + where).param(param).query(this::row).optional().map(this::complete);
  }

  private record Row(UUID id, UUID traveler, Category category, int height, Location place, LocalDate enrolledOn, String rule,
      EnrollmentStatus status, LocalDate since, String note, Consent consent) {}

  private Row row(ResultSet rs, int n) throws SQLException {
    Date consentOn = rs.getDate(14);
    Consent consent = consentOn == null ? null : new Consent(rs.getBoolean(12), rs.getBoolean(13), consentOn.toLocalDate());
    return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Category.valueOf(rs.getString(3)), rs.getInt(4),
        Location.of(SiteId.of(rs.getString(5)), TerminalCode.of(rs.getString(6))), rs.getDate(7).toLocalDate(), rs.getString(8),
        EnrollmentStatus.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(), rs.getString(11), consent);
  }

  /** An enrollment read with its documents and templates in one row (see {@link #currentByDocument}). */
  private Enrollment whole(ResultSet rs, int n) throws SQLException {
    Row r = row(rs, n);
    EnrollmentId id = new EnrollmentId(r.id);
    String[] kinds = array(rs, 15, new String[0]);
    String[] issuers = array(rs, 16, new String[0]);
    String[] numbers = array(rs, 17, new String[0]);
    Date[] expiries = array(rs, 18, new Date[0]);
    List<IdentityDocument> documents = new ArrayList<>(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      documents.add(new IdentityDocument(DocumentKey.of(DocumentKind.parse(kinds[i]), issuers[i], numbers[i]),
          expiries[i] == null ? null : expiries[i].toLocalDate()));
    }
    String[] slots = array(rs, 19, new String[0]);
    String[] formats = array(rs, 20, new String[0]);
    byte[][] sealed = array(rs, 21, new byte[0][]);
    BiometricTemplate face = null;
    Map<FingerPosition, BiometricTemplate> fingers = new EnumMap<>(FingerPosition.class);
    for (int i = 0; i < slots.length; i++) {
      byte[] data = sealer.open(sealed[i], context(id, slots[i]));
      if (slots[i].equals("FACE")) {
        face = BiometricTemplate.face(formats[i], data);
      } else {
        FingerPosition pos = FingerPosition.valueOf(slots[i]);
        fingers.put(pos, BiometricTemplate.finger(pos, formats[i], data));
      }
    }
    return new Enrollment(id, new TravelerId(r.traveler), r.category, documents, new BiometricSet(face, fingers), r.consent,
        Height.ofCentimeters(r.height), r.place, r.enrolledOn, RuleVersionId.of(r.rule), r.status, r.since, r.note);
  }

  /** An aggregated array column; {@code array_agg} over no rows is null, read as empty. */
  @SuppressWarnings("unchecked")
  private static <T> T array(ResultSet rs, int column, T empty) throws SQLException {
    java.sql.Array a = rs.getArray(column);
    return a == null ? empty : (T) a.getArray();
  }

  private Enrollment complete(Row r) {
    EnrollmentId id = new EnrollmentId(r.id);
    List<IdentityDocument> documents = jdbc.sql("select kind, issuer, number, expires_on from enrollment_document where enrollment_id = ? order by kind")
        .param(r.id)
        .query((rs, n) -> new IdentityDocument(DocumentKey.of(DocumentKind.parse(rs.getString(1)), rs.getString(2), rs.getString(3)),
            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
        .list();
    return new Enrollment(id, new TravelerId(r.traveler), r.category, documents, biometrics(id), r.consent,
        Height.ofCentimeters(r.height), r.place, r.enrolledOn, RuleVersionId.of(r.rule), r.status, r.since, r.note);
  }

  /** The enrollment's templates, opened. */
  public BiometricSet biometrics(EnrollmentId id) {
    record Sealed(String slot, String format, byte[] sealed) {}
    List<Sealed> rows = jdbc.sql("select slot, format, sealed from biometric where enrollment_id = ? and slot <> 'FACE_IMAGE'")
        .param(id.value()).query((rs, n) -> new Sealed(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    BiometricTemplate face = null;
    Map<FingerPosition, BiometricTemplate> fingers = new EnumMap<>(FingerPosition.class);
    for (Sealed s : rows) {
      byte[] data = sealer.open(s.sealed, context(id, s.slot));
      if (s.slot.equals("FACE")) {
        face = BiometricTemplate.face(s.format, data);
      } else {
        FingerPosition pos = FingerPosition.valueOf(s.slot);
        fingers.put(pos, BiometricTemplate.finger(pos, s.format, data));
      }
    }
    return new BiometricSet(face, fingers);
  }
}
