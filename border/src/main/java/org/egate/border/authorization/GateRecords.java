package org.egate.border.authorization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.LossReport;
import org.egate.border.identity.LostStolenDocuments;

/**
 * Port: the stored facts {@link LaneAuthorizer} judges a presented document by, read together so a
 * store can answer in one round trip (the lane's hot path): the document's loss report, the current
 * enrollment it belongs to, and that traveler's exit bans. The rules applied to them stay in the
 * authorizer. {@link #of} reads them from the three repositories one after another.
 */
public interface GateRecords {
    /** What is stored about the document; {@code exitBans} is empty when no enrollment holds it. */
    record Facts(Optional<LossReport> loss, Optional<Enrollment> holder, List<ExitBan> exitBans) {
        public Facts {
            Objects.requireNonNull(loss, "loss");
            Objects.requireNonNull(holder, "holder");
            exitBans = List.copyOf(exitBans);
        }
    }

    Facts about(DocumentKey document);

    /** The facts from the three repositories, one query each. */
    static GateRecords of(LostStolenDocuments lostStolen, EnrollmentRepository enrollments, ExitBanRepository exitBans) {
        Objects.requireNonNull(lostStolen, "lostStolen");
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(exitBans, "exitBans");
        return document -> {
            Optional<LossReport> loss = lostStolen.find(document);
            Optional<Enrollment> holder = enrollments.currentByDocument(document);
            return new Facts(loss, holder, holder.map(e -> exitBans.forTraveler(e.traveler())).orElse(List.of()));
        };
    }
}
