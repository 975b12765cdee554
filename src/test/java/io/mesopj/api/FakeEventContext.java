package io.mesopj.api;

import io.mesopj.protocol.Command;
import io.mesopj.internal.core.EventContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An EventContext without a server, for tests of event classes: states in a map, flushes counted. */
final class FakeEventContext implements EventContext {
  final Map<Class<?>, Object> states = new HashMap<>();
  final List<Command> commands = new ArrayList<>();
  int flushes;
  long maxUploadBytes = 1 << 20;
  Consumer<FakeEventContext> onFlush = c -> { };

  @Override
  public <T> T state(Class<T> type) {
    return type.cast(states.computeIfAbsent(type, t -> {
      try {
        var c = t.getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  @Override
  public void flush() {
    flushes++;
    onFlush.accept(this);
  }

  @Override
  public void command(Command command) {
    commands.add(command);
  }

  @Override
  public String path() {
    return "/test";
  }

  @Override
  public Map<String, List<String>> queryParams() {
    return Map.of();
  }

  @Override
  public void setQueryParam(String key, List<String> values) {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public Map<String, String> pathParams() {
    return Map.of();
  }

  @Override
  public long maxUploadBytes() {
    return maxUploadBytes;
  }
}
