/** Travelers in PostgreSQL: {@link org.egate.server.traveler.SqlTravelerRepository}. Personal data: every officer read is audited by the use case that reads it. */
package org.egate.server.traveler;
