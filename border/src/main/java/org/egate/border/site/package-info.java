/**
 * Sites, terminals, lanes, directions and enrollment places, with their opening days. Root types
 * {@link org.egate.border.site.Lane} and {@link org.egate.border.site.SiteDirectory} (port; seed in
 * {@link org.egate.border.site.SiteCatalog}).
 *
 * <p>Invariants: a lane belongs to one terminal of one site and goes one {@link org.egate.border.site.Direction};
 * it refuses service before its opening day ({@code LANE_NOT_YET_OPEN}) and while closed ({@code LANE_CLOSED}).
 * Ports of entry carry a UN/LOCODE, the key document restrictions are written in.
 */
package org.egate.border.site;
