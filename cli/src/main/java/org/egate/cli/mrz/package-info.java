/**
 * {@code egate mrz ...}: MRZ commands. {@link org.egate.cli.mrz.MrzCommand} groups them; {@code
 * check} reads blank-line separated MRZ blocks and prints one JSON object per block.
 */
package org.egate.cli.mrz;
