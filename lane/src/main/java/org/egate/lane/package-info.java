/** egate lane module; see ../shared/DESIGN.md for what it owns and must not know. */
package org.egate.lane;
