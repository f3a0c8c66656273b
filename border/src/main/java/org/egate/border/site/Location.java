package org.egate.border.site;

import java.util.Objects;

/** A terminal of a site: where a lane stands or an enrollment counter sits. */
public record Location(SiteId site, TerminalCode terminal) {
    public Location {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(terminal, "terminal");
    }

    public static Location of(SiteId site, TerminalCode terminal) {
        return new Location(site, terminal);
    }

    @Override
    public String toString() {
        return site + "-" + terminal;
    }
}
