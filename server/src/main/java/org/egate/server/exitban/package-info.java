/**
 * Exit bans (禁止出國處分): {@link org.egate.server.exitban.SqlExitBanRepository} and the
 * supervisor's endpoints to impose and lift them. The rule (departures only) is the border
 * module's {@code ExitBan}.
 */
package org.egate.server.exitban;
