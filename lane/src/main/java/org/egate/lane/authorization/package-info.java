/**
 * The lane's question to the server: may the holder of this document use this lane now? Root type
 * {@link org.egate.lane.authorization.AuthorizationService}; the server's HTTP client implements
 * it, tests use fakes. The answer carries the reason code of any refusal (enrollment, eligibility,
 * exit ban, permit validity, document not valid at this site) and, when granted, the enrolled
 * templates sealed for this lane. The lane applies none of those rules itself.
 *
 * <p>Invariant: an unreachable server is an {@link
 * org.egate.lane.authorization.AuthorizationUnavailableException}, and the lane fails closed on it.
 */
package org.egate.lane.authorization;
