/** Oversight pages: statistics for supervisors and auditors; the audit log and its chain check for auditors. */
package org.egate.server.console.oversight;
