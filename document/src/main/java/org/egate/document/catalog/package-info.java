/**
 * The catalogue of travel and identity documents named in DESIGN.md's rules. Root type:
 * {@link org.egate.document.catalog.DocumentType}; each constant says how the document is read
 * ({@link org.egate.document.catalog.ReadingMethod}), which fields identify the holder, its
 * validity rule and where it may be used ({@link org.egate.document.catalog.PortCode} and
 * {@link org.egate.document.catalog.Direction}).
 *
 * <p>Invariants: every identifier is a value type that validates in its constructor and names
 * the rejected value; this package knows no people, gates or sites, only port codes, which the
 * {@code border} module maps its sites to.
 */
package org.egate.document.catalog;
