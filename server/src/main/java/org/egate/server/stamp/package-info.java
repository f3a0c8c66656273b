/** Stamp requests (補蓋章戳): the counter officer's endpoint over the border module's {@code StampDesk}, and its SQL repository. */
package org.egate.server.stamp;
