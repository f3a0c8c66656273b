package org.egate.border.traveler;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person known to egate. Holds only what the rules need about the person; documents, category and biometrics belong
 * to the {@code Enrollment}.
 *
 * @param nationality ICAO three-letter code of nationality as read from the document (e.g. {@code TWN})
 */
public record Traveler(TravelerId id, PersonName name, LocalDate birthDate, String nationality) {
    public Traveler {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
        if (!nationality.matches("[A-Z<]{3}")) {
            throw new IllegalArgumentException("nationality must be an ICAO three-letter code but was '" + nationality + "'");
        }
    }

    /** Age in completed years on a day. */
    public Age ageOn(LocalDate day) {
        return Age.on(birthDate, day);
    }
}
