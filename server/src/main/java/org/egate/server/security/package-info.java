/**
 * Who may call what (issue 4, item 4). Officers log in with passwords hashed by Argon2id and
 * hold roles OFFICER, SUPERVISOR, ADMIN or AUDITOR; the per-endpoint table is in {@link
 * org.egate.server.security.SecurityConfiguration}. Lanes sign each request with their own HMAC
 * key (timestamp + nonce against replay) and may act only for themselves. Failed logins are rate
 * limited; the console's forms carry CSRF tokens.
 */
package org.egate.server.security;
