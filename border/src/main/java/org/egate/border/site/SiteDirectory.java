package org.egate.border.site;

import java.util.List;
import java.util.Optional;

/**
 * Port: the sites, lanes and enrollment places egate knows. {@link SiteCatalog#seeded()} is the in-memory seed; the
 * server keeps its own copy in the database and lets administrators add lanes.
 */
public interface SiteDirectory {
    Optional<Site> site(SiteId id);

    List<Site> sites();

    Optional<Lane> lane(LaneId id);

    List<Lane> lanes();

    List<EnrollmentPlace> enrollmentPlaces();

    default Optional<EnrollmentPlace> enrollmentPlace(Location location) {
        return enrollmentPlaces().stream().filter(p -> p.location().equals(location)).findFirst();
    }
}
