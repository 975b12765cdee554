/**
 * Internal, not API: the SQL state store (PostgreSQL, MySQL/MariaDB, H2, SQLite) on JDBI and
 * HikariCP; one row per session with a fence column for compare-and-set.
 */
package io.mesopj.internal.state.sql;
