package org.egate.border.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.egate.border.timeline.Milestone;
import org.egate.border.traveler.Age;
import org.egate.border.traveler.Height;

/**
 * All versions of the eligibility rules, ordered by effective day. The version in effect on a day is the latest one
 * whose effective day is on or before it; before the first there is none and nobody is eligible.
 */
public final class RuleBook {
    /** Source: "須年滿14歲". */
    public static final Age SEED_MINIMUM_AGE = Age.ofYears(14);
    /** Source: "身高要140公分以上". */
    public static final Height SEED_MINIMUM_HEIGHT = Height.ofCentimeters(140);

    private final List<RuleVersion> versions;

    public RuleBook(List<RuleVersion> versions) {
        List<RuleVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(RuleVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            RuleVersion previous = sorted.get(i - 1);
            RuleVersion current = sorted.get(i);
            if (previous.effectiveFrom().equals(current.effectiveFrom())) {
                throw new IllegalArgumentException("rule versions " + previous.id() + " and " + current.id()
                        + " both take effect on " + current.effectiveFrom());
            }
        }
        if (sorted.stream().map(RuleVersion::id).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("rule version ids must be unique but were "
                    + sorted.stream().map(RuleVersion::id).toList());
        }
        this.versions = List.copyOf(sorted);
    }

    /**
     * The source's rules as four versions: trial service for nationals (2011-03-29), non-citizens (2012-09-03),
     * PRC spouses (2013-01-01), fingerprints mandatory (2017-03-08); age 14 and 140 cm throughout.
     */
    public static RuleBook seeded() {
        EnumSet<Category> open = EnumSet.noneOf(Category.class);
        List<RuleVersion> versions = new ArrayList<>();
        open.add(Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION);
        versions.add(seed("2011-03-29-trial", Milestone.SHUITOU_TRIAL, open, false,
                "Trial service: nationals with household registration (source 2011-03-29)"));
        for (Category category : Category.values()) {
            if (category.openingMilestone() == Milestone.NON_CITIZENS) {
                open.add(category);
            }
        }
        versions.add(seed("2012-09-03-non-citizens", Milestone.NON_CITIZENS, open, false,
                "Non-citizens may enroll (source 2012-09-03)"));
        open.add(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE);
        versions.add(seed("2013-01-01-prc-spouses", Milestone.PRC_SPOUSES, open, false,
                "PRC spouses with dependent residence may enroll (source 2013-01-01)"));
        versions.add(seed("2017-03-08-fingerprints", Milestone.FINGERPRINTS_MANDATORY, open, true,
                "Fingerprints mandatory at enrollment (source 2017-03-08)"));
        return new RuleBook(versions);
    }

    private static RuleVersion seed(String id, Milestone from, EnumSet<Category> open, boolean fingerprints,
            String note) {
        return new RuleVersion(RuleVersionId.of(id), from.date(), EnumSet.copyOf(open), SEED_MINIMUM_AGE,
                SEED_MINIMUM_HEIGHT, fingerprints, note);
    }

    /** The version in effect on a day, if any has taken effect. */
    public Optional<RuleVersion> inEffectOn(LocalDate day) {
        RuleVersion found = null;
        for (RuleVersion version : versions) {
            if (version.effectiveFrom().isAfter(day)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /** A book with one more version (an administrator's dated change); same-day or same-id versions are refused. */
    public RuleBook with(RuleVersion version) {
        List<RuleVersion> copy = new ArrayList<>(versions);
        copy.add(version);
        return new RuleBook(copy);
    }

    public Optional<RuleVersion> find(RuleVersionId id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<RuleVersion> versions() {
        return versions;
    }

    /** The latest version (the one new versions usually start from). */
    public RuleVersion latest() {
        if (versions.isEmpty()) {
            throw new IllegalStateException("the rule book is empty");
        }
        return versions.get(versions.size() - 1);
    }
}
