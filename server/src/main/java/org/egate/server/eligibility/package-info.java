/** Eligibility rule versions in PostgreSQL ({@link org.egate.server.eligibility.SqlRuleBookRepository}), seeded from {@code RuleBook.seeded()}. */
package org.egate.server.eligibility;
