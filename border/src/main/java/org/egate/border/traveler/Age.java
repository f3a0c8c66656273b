package org.egate.border.traveler;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in completed years on a calendar day. Counted from the day of birth (ROC Civil Code art. 124); a person born
 * on 29 February completes a year at the end of 28 February in common years, so is one year older from 1 March
 * (art. 121 proviso) — which is what {@link Period#between} gives. Decision 0042.
 */
public record Age(int years) implements Comparable<Age> {
    public Age {
        if (years < 0 || years > 150) {
            throw new IllegalArgumentException("age must be 0-150 years but was " + years);
        }
    }

    public static Age ofYears(int years) {
        return new Age(years);
    }

    /** The age on {@code day} of someone born on {@code birthDate}; a birth after {@code day} is an error. */
    public static Age on(LocalDate birthDate, LocalDate day) {
        if (birthDate.isAfter(day)) {
            throw new IllegalArgumentException("birth date " + birthDate + " is after " + day);
        }
        return new Age(Period.between(birthDate, day).getYears());
    }

    public boolean isAtLeast(Age minimum) {
        return years >= minimum.years;
    }

    @Override
    public int compareTo(Age other) {
        return Integer.compare(years, other.years);
    }

    @Override
    public String toString() {
        return years + " years";
    }
}
