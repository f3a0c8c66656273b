/**
 * The central server (DESIGN.md, "Shape of the system"): REST API, PostgreSQL store, security
 * and audit. {@link org.egate.server.EgateServer} is the entry point; each feature lives in its
 * own package named after the domain concept it serves.
 */
package org.egate.server;
