package io.mesopj.cluster;

import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.FileCluster;
import io.mesopj.testsupport.SharedClusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ScatterTests} on three nodes sharing the file store in one directory. */
@ExtendWith(SharedClusters.class)
class ClusterFileScatterIT extends ScatterTests {
  private static FileCluster cluster;

  @BeforeAll
  static void cluster(FileCluster shared) {
    cluster = shared;
  }

  @Override
  ClusterClient client() {
    return cluster.client();
  }

  @Override
  String store() {
    return "file";
  }
}
