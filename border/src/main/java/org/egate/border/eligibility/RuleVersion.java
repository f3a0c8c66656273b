package org.egate.border.eligibility;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.egate.border.traveler.Age;
import org.egate.border.traveler.Height;

/**
 * One dated version of the eligibility rules that change by public notice: which categories are open, the minimum
 * age and height, and whether nationals must give fingerprints. A version is complete (not a delta) and applies from
 * its effective day until the next version's (DESIGN.md "Rules change over time"; decision 0044).
 *
 * @param note why this version exists (the notice it implements), for people reading decisions
 */
public record RuleVersion(RuleVersionId id, LocalDate effectiveFrom, Set<Category> openCategories, Age minimumAge,
        Height minimumHeight, boolean fingerprintsMandatory, String note) {

    public RuleVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(minimumAge, "minimumAge");
        Objects.requireNonNull(minimumHeight, "minimumHeight");
        Objects.requireNonNull(note, "note");
        openCategories = openCategories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(openCategories));
    }

    public boolean isOpenTo(Category category) {
        return openCategories.contains(category);
    }

    /** Whether this version requires both index fingerprints from an applicant of the category. */
    public boolean requiresFingerprints(Category category) {
        return fingerprintsMandatory || category.alwaysRequiresFingerprints();
    }

    /** A copy of this version with another id and day and the given changes, for an administrator's new version. */
    public RuleVersion next(RuleVersionId newId, LocalDate from, Age age, Height height, String why) {
        return new RuleVersion(newId, from, openCategories, age, height, fingerprintsMandatory, why);
    }
}
