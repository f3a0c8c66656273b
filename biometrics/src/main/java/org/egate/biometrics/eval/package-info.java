/**
 * Verification accuracy from comparison scores, independent of modality.
 *
 * <p>Root type: {@link org.egate.biometrics.eval.Verification}, built from a {@link
 * org.egate.biometrics.eval.ScoreSet} of genuine (same source) and impostor (different source)
 * scores. Invariants: every rate is a fraction in [0, 1]; a comparison is accepted when its
 * score is at least as similar as the threshold (score &gt;= threshold when higher is more
 * similar, score &lt;= threshold when lower is); {@code thresholdAt} gives the most permissive
 * threshold whose measured FMR does not exceed the target, so with n impostors an FMR target
 * below 1/n is read as "no impostor accepted". Sets that are empty give empty results, never NaN.
 */
package org.egate.biometrics.eval;
