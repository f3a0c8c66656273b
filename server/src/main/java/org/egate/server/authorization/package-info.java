/**
 * Lane authorization: {@code POST /api/lanes/{laneId}/authorizations} asks the border module's
 * {@code LaneAuthorizer} "may this holder use this lane now?", audits the answer, and on {@code
 * AUTHORIZED} returns the enrolled templates sealed for that lane only ({@link
 * org.egate.server.authorization.LaneSealing}).
 */
package org.egate.server.authorization;
