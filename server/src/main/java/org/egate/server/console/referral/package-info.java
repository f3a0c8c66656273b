/**
 * The referral queue: duplicate-enrollment hits and lane referrals, reviewed by a supervisor who
 * approves or refuses with a reason; each resolution is audited (who, why) in the same transaction.
 */
package org.egate.server.console.referral;
