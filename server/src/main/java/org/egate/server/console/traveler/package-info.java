/**
 * Traveler lookup by document number (every read audited with the officer's stated purpose) and
 * exit-ban management for supervisors (impose, lift; each audited with its reason).
 */
package org.egate.server.console.traveler;
