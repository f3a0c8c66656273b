/**
 * PostgreSQL storage: the embedded database used when none is configured, the data source, and
 * the plain-SQL ({@code JdbcClient}) implementations of the domain's repository ports. Schema
 * changes are Flyway migrations under {@code db/migration}.
 */
package org.egate.server.storage;
