package org.egate.border.enrollment;

import java.util.List;
import java.util.Optional;
import org.egate.border.identity.DocumentKey;
import org.egate.border.traveler.TravelerId;

/**
 * Port: enrollments. "Current" means not withdrawn; a traveler has at most one current enrollment and a document
 * belongs to at most one current enrollment.
 */
public interface EnrollmentRepository {
    EnrollmentId nextId();

    void save(Enrollment enrollment);

    Optional<Enrollment> find(EnrollmentId id);

    /** The traveler's current (not withdrawn) enrollment. */
    Optional<Enrollment> currentFor(TravelerId traveler);

    /** The current enrollment holding this document: how a lane finds the holder. */
    Optional<Enrollment> currentByDocument(DocumentKey document);

    /** Every enrollment of a traveler, withdrawn ones included, oldest first. */
    List<Enrollment> history(TravelerId traveler);
}
