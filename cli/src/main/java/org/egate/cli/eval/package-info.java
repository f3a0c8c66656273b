/** {@code egate eval ...}: evaluation subcommands, one per modality. */
package org.egate.cli.eval;
