/**
 * The lane's client of the central server over HTTPS/JSON (java.net.http): {@link
 * org.egate.lane.http.HttpAuthorizationService} implements the authorization port ({@code POST
 * /api/lanes/{laneId}/authorizations}) and {@link org.egate.lane.http.HttpCrossingSink} the
 * journal's sink ({@code POST /api/lanes/{laneId}/crossings}). Every request is signed by {@link
 * org.egate.lane.http.LaneRequestSigner} (the server's decision 0053: HMAC-SHA256 under the
 * lane's secret over method, path, lane id, timestamp, nonce and the body's SHA-256).
 *
 * <p>Invariants: no answer, a timeout or a 5xx is "unavailable" (the lane fails closed, the
 * journal keeps the record); a 4xx on a crossing is a permanent rejection; nothing here retries on
 * its own (the forwarder and the next traveler do).
 */
package org.egate.lane.http;
