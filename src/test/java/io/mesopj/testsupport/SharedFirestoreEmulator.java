package io.mesopj.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a {@link FirestoreEmulator} parameter with one emulator shared by every test class in
 * this JVM (starting one takes seconds): started on first use, stopped when the run ends. Tests
 * clear it before use. Tests that stop the emulator must start their own instead.
 */
public final class SharedFirestoreEmulator implements ParameterResolver {
  public static final String PROJECT = "demo-mesopj";
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedFirestoreEmulator.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FirestoreEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store closes it (AutoCloseable) after the last test of the run.
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(FirestoreEmulator.class, k -> FirestoreEmulator.start(PROJECT), FirestoreEmulator.class);
  }
}
