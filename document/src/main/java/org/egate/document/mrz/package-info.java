/**
 * ICAO Doc 9303 machine-readable zones: TD1 (Part 5), TD2 (Part 6), TD3 (Part 4), MRV-A and
 * MRV-B (Part 7). Root type: {@link org.egate.document.mrz.MrzReader}, which turns scanner text
 * into an {@link org.egate.document.mrz.MrzResult}: the decoded {@link
 * org.egate.document.mrz.MrzData}, the {@link org.egate.document.mrz.Finding}s that make it
 * invalid and the {@link org.egate.document.mrz.Correction}s made on the way.
 *
 * <p>Invariants: reading never throws for any input; a result is valid exactly when it has no
 * findings; a character is corrected only where ICAO's check digit confirms the correction (or
 * for scanner noise that cannot change meaning: whitespace, line endings, lower case,
 * lookalikes of the filler), and every correction is reported.
 */
package org.egate.document.mrz;
