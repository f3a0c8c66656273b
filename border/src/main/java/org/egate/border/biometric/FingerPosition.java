package org.egate.border.biometric;

/** Fingers egate captures: both index fingers (雙手食指), ISO/IEC 19794-4 position codes 2 and 7. */
public enum FingerPosition {
    RIGHT_INDEX(2),
    LEFT_INDEX(7);

    private final int isoCode;

    FingerPosition(int isoCode) {
        this.isoCode = isoCode;
    }

    public int isoCode() {
        return isoCode;
    }
}
