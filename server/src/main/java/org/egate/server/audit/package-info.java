/**
 * The audit log (issue 4, item 5): who did what to which record, when and why, in an
 * append-only, hash-chained table. {@link org.egate.server.audit.AuditLog} appends inside the
 * caller's transaction, so a use case and its audit entry commit or roll back together; {@link
 * org.egate.server.audit.AuditVerifier} walks the chain and names the first broken link.
 */
package org.egate.server.audit;
