package io.mesopj.internal.runtime;

import io.mesopj.api.LoadEvent;
import io.mesopj.api.Ui;
import io.mesopj.internal.core.EventContext;
import io.mesopj.internal.core.RenderContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Creates the API's per-request objects through their package-private constructors, so that no
 * internal type appears in a public signature of {@code io.mesopj.api} (the JDK's "shared
 * secrets" idea, without a mutable registry). The handles are looked up once; calls through a
 * static final handle inline like a constructor call.
 */
final class ApiAccess {
  private static final MethodHandle NEW_UI = constructor(Ui.class, RenderContext.class);
  private static final MethodHandle NEW_LOAD_EVENT = constructor(LoadEvent.class, EventContext.class);

  private ApiAccess() {}

  static Ui ui(RenderContext context) {
    try {
      return (Ui) NEW_UI.invokeExact(context);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  static LoadEvent loadEvent(EventContext context) {
    try {
      return (LoadEvent) NEW_LOAD_EVENT.invokeExact(context);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static MethodHandle constructor(Class<?> type, Class<?> parameter) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      return lookup.findConstructor(type, MethodType.methodType(void.class, parameter));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
