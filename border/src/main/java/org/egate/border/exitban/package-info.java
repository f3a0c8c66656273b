/**
 * Exit bans (禁止出國處分). Root type {@code ExitBan}; port {@code ExitBanRepository}.
 *
 * <p>Invariant: a ban stops departures only, from its start day until lifted or expired; arrivals are never refused
 * for it.
 */
package org.egate.border.exitban;
