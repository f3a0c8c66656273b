package org.egate.border.identity;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the lost/stolen document list. A reported document is referred to an officer, at enrollment and at a lane. */
public interface LostStolenDocuments {
    void report(LossReport report);

    Optional<LossReport> find(DocumentKey document);

    /** True when the document was reported on or before the day. */
    default boolean isReportedOn(DocumentKey document, LocalDate day) {
        return find(document).map(r -> r.appliesOn(day)).orElse(false);
    }
}
