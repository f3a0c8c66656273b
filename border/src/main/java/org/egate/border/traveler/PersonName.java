package org.egate.border.traveler;

import java.util.Objects;

/** A name as printed on the travel document: primary identifier (surname) and secondary identifiers (given names). */
public record PersonName(String surname, String givenNames) {
    public PersonName {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenNames, "givenNames");
        if (surname.isBlank() && givenNames.isBlank()) {
            throw new IllegalArgumentException("a name needs a surname or given names but both were blank");
        }
        if (surname.length() > 100 || givenNames.length() > 100) {
            throw new IllegalArgumentException("name parts must be at most 100 characters but were "
                    + surname.length() + " and " + givenNames.length());
        }
    }

    @Override
    public String toString() {
        return givenNames.isBlank() ? surname : surname + ", " + givenNames;
    }
}
