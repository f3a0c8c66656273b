/** {@code egate lane}: one lane controller against a server, or a drain of its journal. */
package org.egate.cli.lane;
