/** The lost/stolen document list in PostgreSQL and the supervisors' endpoint to report documents. */
package org.egate.server.identity;
