/**
 * Identity documents as the domain sees them: kinds (the document catalogue's types plus the few it leaves to us),
 * keys, documents seen at enrollment, and the lost/stolen list. Root type
 * {@link org.egate.border.identity.IdentityDocument}; port {@link org.egate.border.identity.LostStolenDocuments}.
 *
 * <p>Invariants: where a catalogue document may be used is always the catalogue's answer
 * ({@code DocumentType.refusalAt}); documents outside the catalogue are never presented at a lane.
 */
package org.egate.border.identity;
