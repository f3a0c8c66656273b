package org.egate.border.traveler;

/** A person's height in whole centimetres, as measured at the enrollment counter. */
public record Height(int centimeters) implements Comparable<Height> {
    public Height {
        if (centimeters < 30 || centimeters > 272) {
            throw new IllegalArgumentException("height must be 30-272 cm but was " + centimeters + " cm");
        }
    }

    public static Height ofCentimeters(int centimeters) {
        return new Height(centimeters);
    }

    public boolean isAtLeast(Height minimum) {
        return centimeters >= minimum.centimeters;
    }

    @Override
    public int compareTo(Height other) {
        return Integer.compare(centimeters, other.centimeters);
    }

    @Override
    public String toString() {
        return centimeters + " cm";
    }
}
