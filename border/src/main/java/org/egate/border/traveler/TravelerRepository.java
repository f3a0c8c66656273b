package org.egate.border.traveler;

import java.util.Optional;

/** Port: where travelers are kept. */
public interface TravelerRepository {
    TravelerId nextId();

    Optional<Traveler> find(TravelerId id);

    void save(Traveler traveler);
}
