/**
 * Sites, terminals, lanes and enrollment places: {@link org.egate.server.site.SqlSiteDirectory}
 * keeps the border module's {@code SiteDirectory} in PostgreSQL (seeded from {@code
 * SiteCatalog.seeded()} on first start) and the endpoints let administrators add lanes and issue
 * lane credentials.
 */
package org.egate.server.site;
