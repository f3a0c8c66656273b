package org.egate.server.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.eligibility.Category;

/**
 * What the counter sends to enroll someone. Images are base64 (PNG, JPEG, BMP, TIFF or WSQ for
 * fingerprints); templates are computed by the server. With {@code mrz} the travel document and,
 * when {@code traveler} is absent, the name, birth date and nationality are read from it.
 *
 * @param clientKey the counter's key for this submission: a resubmission returns the first answer
 */
public record EnrollmentRequest(
    String clientKey,
    TravelerPart traveler,
    Category category,
    String mrz,
    List<DocumentPart> documents,
    Integer heightCm,
    ConsentPart consent,
    PlacePart place,
    String faceImage,
    Map<FingerPosition, String> fingerprints) {

  public record TravelerPart(String surname, String givenNames, LocalDate birthDate, String nationality) {}

  public record DocumentPart(String kind, String issuer, String number, LocalDate expiresOn) {}

  public record ConsentPart(boolean faceImage, boolean fingerprints, LocalDate givenOn) {}

  public record PlacePart(String site, String terminal) {}
}
