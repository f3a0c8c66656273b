package org.egate.border.eligibility;

/**
 * Port: where rule versions are kept. The server seeds {@link RuleBook#seeded()} on first start; administrators add
 * dated versions; versions are never edited or removed (past decisions cite them).
 */
public interface RuleBookRepository {
    RuleBook load();

    /** Adds a version; refused (IllegalArgumentException) when its id or effective day is taken. */
    void add(RuleVersion version);
}
