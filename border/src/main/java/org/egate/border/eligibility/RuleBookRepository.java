package org.egate.border.eligibility;

/**
 * Port: where rule versions are kept. The server seeds {@link RuleBook#seeded()} on first start; administrators add
 * dated versions; versions are never edited or removed (past decisions cite them). {@link #load()} is called on
 * every enrollment and lane authorization, so implementations should cache the book and refresh it on {@link #add}.
 */
public interface RuleBookRepository {
    RuleBook load();

    /** Adds a version; refused (IllegalArgumentException) when its id or effective day is taken. */
    void add(RuleVersion version);
}
