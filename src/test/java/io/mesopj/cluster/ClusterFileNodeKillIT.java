package io.mesopj.cluster;

import io.mesopj.testsupport.ClusterNodes;
import io.mesopj.testsupport.FileCluster;
import io.mesopj.testsupport.SharedClusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NodeKillTests} on three nodes sharing the file store in one directory. */
@ExtendWith(SharedClusters.class)
class ClusterFileNodeKillIT extends NodeKillTests {
  private static FileCluster cluster;

  @BeforeAll
  static void cluster(FileCluster shared) {
    cluster = shared;
  }

  @Override
  ClusterNodes nodes() {
    return cluster.nodes();
  }

  @Override
  String store() {
    return "file";
  }
}
