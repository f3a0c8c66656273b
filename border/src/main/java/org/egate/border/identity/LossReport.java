package org.egate.border.identity;

import java.time.LocalDate;
import java.util.Objects;

/** A document reported lost or stolen, from a day on (this system's list, or a feed such as Interpol SLTD). */
public record LossReport(DocumentKey document, LocalDate reportedOn, String source) {
    public LossReport {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(source, "source");
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(reportedOn);
    }
}
