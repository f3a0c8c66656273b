/**
 * The officer console: server-rendered Thymeleaf pages with htmx (served from WebJars, no CDN)
 * and Server-Sent Events, in zh-TW and English. Feature packages: {@code board} (live lanes),
 * {@code referral} (referral queue), {@code traveler} (lookup and exit bans), {@code oversight}
 * (statistics, audit log), {@code administration} (officer accounts). Who may open what is decided in one table,
 * {@code security.SecurityConfiguration}, mirroring the API's rules; templates escape all output.
 */
package org.egate.server.console;
