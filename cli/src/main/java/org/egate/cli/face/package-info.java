/** {@code egate face compare|quality}. */
package org.egate.cli.face;
