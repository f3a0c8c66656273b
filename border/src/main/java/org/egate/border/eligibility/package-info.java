/**
 * Eligibility: who may enroll, with which documents, under which dated rule version. Root types
 * {@link org.egate.border.eligibility.EligibilityPolicy} and {@link org.egate.border.eligibility.RuleBook}; port
 * {@link org.egate.border.eligibility.RuleBookRepository}.
 *
 * <p>Invariants: the rule version in effect on a day is the latest whose effective day is on or before it; versions
 * are complete snapshots, added and never edited; every decision names the version it applied. Logic (which
 * documents a category needs) is code in {@link org.egate.border.eligibility.DocumentRequirements}; values that
 * notices change (ages, heights, open categories, the fingerprint rule) are data in
 * {@link org.egate.border.eligibility.RuleVersion}.
 */
package org.egate.border.eligibility;
