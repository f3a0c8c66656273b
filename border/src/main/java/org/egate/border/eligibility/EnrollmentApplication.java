package org.egate.border.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.Consent;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.site.Location;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.Traveler;

/**
 * What the counter officer collected: who, in which category, the documents seen, measured height, captured
 * biometrics, consent, and where.
 *
 * @param consent {@code null} when none was recorded
 */
public record EnrollmentApplication(Traveler traveler, Category category, List<IdentityDocument> documents,
        Height height, BiometricSet biometrics, Consent consent, Location place) {
    public EnrollmentApplication {
        Objects.requireNonNull(traveler, "traveler");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(biometrics, "biometrics");
        Objects.requireNonNull(place, "place");
        documents = List.copyOf(documents);
        if (documents.stream().map(IdentityDocument::key).distinct().count() != documents.size()) {
            throw new IllegalArgumentException("a document is listed twice in " + documents.stream()
                    .map(d -> d.key().toString()).toList());
        }
    }

    public Optional<Consent> consentGiven() {
        return Optional.ofNullable(consent);
    }
}
