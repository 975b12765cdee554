package io.mesopj.cluster;

import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.SharedClusters;
import io.mesopj.testsupport.SqlCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ScatterTests} on three nodes sharing the sql store on PostgreSQL. */
@ExtendWith(SharedClusters.class)
class ClusterSqlScatterIT extends ScatterTests {
  private static SqlCluster cluster;

  @BeforeAll
  static void cluster(SqlCluster shared) {
    cluster = shared;
  }

  @Override
  ClusterClient client() {
    return cluster.client();
  }

  @Override
  String store() {
    return "sql/postgresql";
  }
}
