package org.egate.border.site;

/** What kind of place a site is; only ports of entry have lanes. */
public enum SiteKind {
    AIRPORT,
    SEAPORT,
    /** An immigration service station: enrollment counter only, no lanes (e.g. Taipei City service station). */
    SERVICE_STATION;

    public boolean isPortOfEntry() {
        return this != SERVICE_STATION;
    }
}
