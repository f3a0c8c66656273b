package org.egate.border.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enrollment counter (DESIGN.md "Enrollment places": Taipei City service station, Songshan, Taoyuan T1 and T2,
 * Taichung and Kaohsiung airports, Kinmen Shuitou port) and the day it started enrolling.
 */
public record EnrollmentPlace(Location location, PlaceName name, LocalDate opensOn) {
    public EnrollmentPlace {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opensOn, "opensOn");
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn);
    }
}
