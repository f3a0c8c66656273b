package org.egate.server.biometric;

import java.util.List;
import java.util.UUID;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.server.crypto.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Re-extracts, once at start, the face templates an earlier engine wrote (the interim
 * {@code thumbnail-256f32/1} of decision 0055) from the enrollment's sealed face image: their format
 * names them as stale, and the image is kept for this (decision 0100). A face the current engine
 * refuses keeps its old template (a lane skips it and decides by fingerprint) and is counted.
 */
@Component
public class FaceTemplateUpgrade {
  private static final Logger log = LoggerFactory.getLogger(FaceTemplateUpgrade.class);

  private final JdbcClient jdbc;
  private final Sealer sealer;
  private final FaceTemplates faces;
  private final BiometricIndex index;

  FaceTemplateUpgrade(JdbcClient jdbc, Sealer sealer, FaceTemplates faces, BiometricIndex index) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.faces = faces;
    this.index = index;
  }

  /** How many stale templates were found, re-extracted, and refused by the current engine. */
  public record Result(int stale, int upgraded, int refused) {}

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    Result r = upgrade();
    if (r.upgraded() > 0) {
      index.reload(); // it may have loaded the old templates already
    }
    if (r.stale() > 0) {
      log.info("face templates of an earlier engine: {} found, {} re-extracted as {}, {} refused by the current engine", r.stale(), r.upgraded(),
          faces.format(), r.refused());
    }
  }

  /** Re-extracts every stale face template of a current (not withdrawn) enrollment; one statement per enrollment. */
  public Result upgrade() {
    record Stale(UUID enrollment, byte[] sealedImage) {}
    List<Stale> stale = jdbc.sql("select f.enrollment_id, i.sealed from biometric f"
            + " join biometric i on i.enrollment_id = f.enrollment_id and i.slot = 'FACE_IMAGE'"
            + " join enrollment e on e.id = f.enrollment_id"
            + " where f.slot = 'FACE' and f.format <> ? and e.status <> 'WITHDRAWN'")
        .param(faces.format())
        .query((rs, n) -> new Stale(rs.getObject(1, UUID.class), rs.getBytes(2)))
        .list();
    int upgraded = 0;
    int refused = 0;
    for (Stale s : stale) {
      EnrollmentId id = new EnrollmentId(s.enrollment());
      try {
        BiometricTemplate t = faces.extract(sealer.open(s.sealedImage(), "biometric:" + id + ":FACE_IMAGE"));
        upgraded += jdbc.sql("update biometric set format = ?, sealed = ? where enrollment_id = ? and slot = 'FACE' and format <> ?")
            .params(t.format(), sealer.seal(t.data(), "biometric:" + id + ":FACE"), s.enrollment(), t.format())
            .update();
      } catch (BiometricRejected refusedImage) {
        refused++;
        log.warn("enrollment {}: stored face image refused by {}: {}", id, faces.format(),
            refusedImage.domain() != null ? refusedImage.domain() : refusedImage.protocol());
      }
    }
    return new Result(stale.size(), upgraded, refused);
  }
}
