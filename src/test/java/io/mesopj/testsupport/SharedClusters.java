package io.mesopj.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link SqlCluster} and {@link FileCluster} parameters with one cluster of each kind
 * shared by every test class in this JVM (starting three nodes takes a while on two cores):
 * started on first use, stopped when the run ends. A test that kills a node or stops the
 * database must leave the cluster healthy again (restart what it stopped, in a finally).
 */
public final class SharedClusters implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedClusters.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == SqlCluster.class || type == FileCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    // The root store closes them (AutoCloseable) after the last test of the run.
    if (parameter.getParameter().getType() == SqlCluster.class) {
      return store.getOrComputeIfAbsent(SqlCluster.class, k -> SqlCluster.start(), SqlCluster.class);
    }
    return store.getOrComputeIfAbsent(FileCluster.class, k -> FileCluster.start(), FileCluster.class);
  }
}
