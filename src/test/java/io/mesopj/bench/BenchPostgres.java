package io.mesopj.bench;

import io.mesopj.testsupport.EmbeddedPostgresDb;

/** A PostgreSQL for the sql-store scenarios, started on first use and stopped after the run. */
final class BenchPostgres implements AutoCloseable {
  private EmbeddedPostgresDb db;

  /** The JDBC URL of database "mesop" (owner "mesop", password "mesop-bench"). */
  synchronized String url() {
    if (db == null) {
      db = EmbeddedPostgresDb.start();
      db.execute("postgres", "CREATE ROLE mesop LOGIN PASSWORD 'mesop-bench'", "CREATE DATABASE mesop OWNER mesop");
    }
    return db.jdbcUrl("mesop");
  }

  @Override
  public synchronized void close() {
    if (db != null) {
      db.close();
    }
  }
}
