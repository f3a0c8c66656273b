package org.egate.border.authorization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.eligibility.DocumentRequirements;
import org.egate.border.eligibility.RuleBookRepository;
import org.egate.border.eligibility.RuleVersion;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.identity.LostStolenDocuments;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.Site;
import org.egate.border.site.SiteDirectory;
import org.egate.border.timeline.TaipeiCalendar;
import org.egate.document.catalog.PortCode;

/**
 * "May this document holder use this lane, now?" (DESIGN.md "Clearance" step 2): the lane and its opening day, the
 * document's restrictions at this port (the catalogue's answer: e.g. the Kinmen–Matsu permit only at Shuitou), the
 * lost/stolen list, the enrollment and its status, the category open under today's rule version, document and permit
 * validity, and exit bans (departures only).
 *
 * <p>Order matters only for which refusal is shown first; all are collected once the holder is known. A lane problem
 * or an unknown holder stops early (nothing else can be judged).
 */
public final class LaneAuthorizer {
    private final SiteDirectory sites;
    private final GateRecords records;
    private final RuleBookRepository rules;
    private final Clock clock;

    public LaneAuthorizer(SiteDirectory sites, EnrollmentRepository enrollments, RuleBookRepository rules,
            ExitBanRepository exitBans, LostStolenDocuments lostStolen, Clock clock) {
        this(sites, GateRecords.of(lostStolen, enrollments, exitBans), rules, clock);
    }

    /** An authorizer reading the document's facts through {@code records} (one round trip where the store can). */
    public LaneAuthorizer(SiteDirectory sites, GateRecords records, RuleBookRepository rules, Clock clock) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.records = Objects.requireNonNull(records, "records");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LaneAuthorization authorize(AuthorizationRequest request) {
        LocalDate today = TaipeiCalendar.today(clock);
        Optional<Lane> found = sites.lane(request.lane());
        if (found.isEmpty()) {
            return refused(request, today, ReasonCode.LANE_UNKNOWN);
        }
        Lane lane = found.get();
        Optional<ReasonCode> laneRefusal = lane.refusalOn(today);
        if (laneRefusal.isPresent()) {
            return refused(request, today, laneRefusal.get());
        }
        PortCode port = sites.site(lane.site()).flatMap(Site::port).orElse(null);
        DocumentKey document = request.document();
        if (port == null) {
            return refused(request, today, ReasonCode.LANE_UNKNOWN);
        }
        List<ReasonCode> refusals = new ArrayList<>();
        document.kind().refusalAt(port, lane.direction()).ifPresent(refusals::add);
        GateRecords.Facts facts = records.about(document);
        if (facts.loss().map(r -> r.appliesOn(today)).orElse(false)) {
            refusals.add(ReasonCode.DOCUMENT_REPORTED_LOST_OR_STOLEN);
        }
        Optional<Enrollment> holder = facts.holder();
        if (holder.isEmpty()) {
            refusals.add(ReasonCode.NOT_ENROLLED);
            return new LaneAuthorization(request.lane(), today, refusals, null, null);
        }
        Enrollment enrollment = holder.get();
        enrollment.status().laneRefusal().ifPresent(refusals::add);
        if (!DocumentRequirements.of(enrollment.category()).gateDocuments().contains(document.kind())) {
            refusals.add(ReasonCode.DOCUMENT_NOT_ACCEPTED_FOR_CATEGORY);
        }
        Optional<RuleVersion> version = rules.load().inEffectOn(today);
        if (version.isEmpty() || !version.get().isOpenTo(enrollment.category())) {
            refusals.add(ReasonCode.CATEGORY_NOT_YET_OPEN);
        }
        IdentityDocument enrolled = enrollment.document(document).orElseThrow();
        LocalDate expiry = request.expiry().orElse(enrolled.expiresOn());
        if (!document.kind().isValidOn(expiry, today)) {
            refusals.add(enrolled.role().whenExpired());
        }
        // residence, re-entry and multiple-entry permits must still be valid, whichever document is presented
        for (IdentityDocument other : enrollment.documents()) {
            if (!other.key().equals(document) && other.role().isStatusPermit() && !other.isValidOn(today)) {
                refusals.add(other.role().whenExpired());
            }
        }
        // 禁止出國處分: stops departures only; an arrival is never refused for it
        if (facts.exitBans().stream().anyMatch(b -> b.stops(lane.direction(), today))) {
            refusals.add(ReasonCode.EXIT_BAN);
        }
        return new LaneAuthorization(request.lane(), today, refusals.stream().distinct().toList(), enrollment,
                version.map(RuleVersion::id).orElse(null));
    }

    private static LaneAuthorization refused(AuthorizationRequest request, LocalDate day, ReasonCode reason) {
        return new LaneAuthorization(request.lane(), day, List.of(reason), null, null);
    }
}
