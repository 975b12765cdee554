package io.mesopj.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Three nodes (Jetty, Tomcat, Jetty) in their own JVMs sharing one PostgreSQL (embedded, on a
 * private data directory) as the sql store, with a short lease so a crashed node's sessions free
 * up quickly. The nodes log in as an ordinary role with a password; the table is created at
 * start-up ({@code MESOPJ_SQL_CREATE_TABLE=true}).
 */
public final class SqlCluster implements AutoCloseable {
  public static final String DATABASE = "cluster";
  private static final String ROLE = "mesopj_node";
  private static final String PASSWORD = "cluster-test-password";

  private final EmbeddedPostgresDb pg;
  private final ClusterNodes nodes;

  private SqlCluster(EmbeddedPostgresDb pg, ClusterNodes nodes) {
    this.pg = pg;
    this.nodes = nodes;
  }

  public static SqlCluster start() {
    EmbeddedPostgresDb pg = EmbeddedPostgresDb.start();
    try {
      pg.execute("postgres", "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'",
          "CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
      Map<String, String> settings = new LinkedHashMap<>(ClusterSettings.common());
      settings.put("MESOP_STATE_SESSION_BACKEND", "sql");
      settings.put("MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI", pg.jdbcUrl(DATABASE));
      settings.put("MESOPJ_SQL_USER", ROLE);
      settings.put("MESOPJ_SQL_PASSWORD", PASSWORD);
      settings.put("MESOPJ_SQL_CREATE_TABLE", "true");
      return new SqlCluster(pg, ClusterNodes.start("sql", settings, ClusterSettings.KINDS));
    } catch (RuntimeException | Error e) {
      pg.close();
      throw e;
    }
  }

  public EmbeddedPostgresDb postgres() {
    return pg;
  }

  public ClusterNodes nodes() {
    return nodes;
  }

  /** A new client (with its own statistics) that sends each request to a random node. */
  public ClusterClient client() {
    return new ClusterClient(nodes.bases());
  }

  @Override
  public void close() {
    try {
      nodes.close();
    } finally {
      pg.close();
    }
  }
}
