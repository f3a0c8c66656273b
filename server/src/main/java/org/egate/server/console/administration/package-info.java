/** Administration pages: officer accounts (list, create); lanes are closed and reopened from the board. */
package org.egate.server.console.administration;
