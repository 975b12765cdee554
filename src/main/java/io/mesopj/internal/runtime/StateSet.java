package io.mesopj.internal.runtime;

import io.mesopj.protocol.internal.StateEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state objects of one request: read lazily from the stored JSON on first use, created with
 * their defaults when new, and written back as JSON when the request ends. Not shared between
 * requests or threads.
 */
public final class StateSet {
  private final StateCodec codec;
  // class name -> JSON as loaded; entries not used by this request are written back unchanged
  private final Map<String, String> stored = new LinkedHashMap<>();
  private final Map<String, Object> live = new LinkedHashMap<>();

  public StateSet(StateCodec codec, List<StateEntry> entries) {
    this.codec = codec;
    for (StateEntry e : entries) {
      stored.put(e.getClassName(), e.getJson());
    }
  }

  public synchronized <T> T get(Class<T> type) {
    String name = type.getName();
    Object state = live.get(name);
    if (state == null) {
      String json = stored.get(name);
      state = json == null ? codec.newInstance(type) : codec.fromJson(json, type);
      live.put(name, state);
    }
    return type.cast(state);
  }

  /** The current states as entries, in first-use order. */
  public synchronized List<StateEntry> toEntries() {
    Map<String, String> out = new LinkedHashMap<>(stored);
    for (Map.Entry<String, Object> e : live.entrySet()) {
      out.put(e.getKey(), codec.toJson(e.getValue()));
    }
    List<StateEntry> entries = new ArrayList<>(out.size());
    for (Map.Entry<String, String> e : out.entrySet()) {
      entries.add(StateEntry.newBuilder().setClassName(e.getKey()).setJson(e.getValue()).build());
    }
    return entries;
  }
}
