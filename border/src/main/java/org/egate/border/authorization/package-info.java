/**
 * Lane authorization: "may this document holder use this lane, now?". Root type
 * {@link org.egate.border.authorization.LaneAuthorizer}; answer {@link org.egate.border.authorization.LaneAuthorization}.
 *
 * <p>Invariants: only an active enrollment, in a category open under the rule version in effect, presenting a gate
 * document valid at this port, with valid permits and (departing) no exit ban, is authorized; only then are its
 * templates handed out. Every answer names the day and, once rules applied, the rule version.
 */
package org.egate.border.authorization;
