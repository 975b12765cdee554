package io.mesopj.cluster;

import io.mesopj.testsupport.ClusterNodes;
import io.mesopj.testsupport.SharedClusters;
import io.mesopj.testsupport.SqlCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NodeKillTests} on three nodes sharing the sql store on PostgreSQL. */
@ExtendWith(SharedClusters.class)
class ClusterSqlNodeKillIT extends NodeKillTests {
  private static SqlCluster cluster;

  @BeforeAll
  static void cluster(SqlCluster shared) {
    cluster = shared;
  }

  @Override
  ClusterNodes nodes() {
    return cluster.nodes();
  }

  @Override
  String store() {
    return "sql/postgresql";
  }
}
