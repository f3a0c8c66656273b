/** Demo data for {@code egate demo}: demo officer logins and lane credentials on a fresh database. */
package org.egate.server.demo;
