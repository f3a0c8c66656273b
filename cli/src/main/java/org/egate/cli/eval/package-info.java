/**
 * {@code egate eval ...}: biometric accuracy runs on evaluation data, one subcommand per
 * modality ({@code fingers}; {@code faces} joins the list in {@link org.egate.cli.eval.EvalCommand}).
 * All print the same JSON summary shape through {@link org.egate.cli.eval.VerificationJson}.
 */
package org.egate.cli.eval;
