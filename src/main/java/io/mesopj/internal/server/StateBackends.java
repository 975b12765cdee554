package io.mesopj.internal.server;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.runtime.session.SealedSessions;
import io.mesopj.internal.runtime.session.SessionStates;
import io.mesopj.internal.runtime.session.StoredSessions;
import io.mesopj.internal.state.MemoryStateStore;
import io.mesopj.internal.state.StateSealer;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.file.FileStateStore;
import io.mesopj.internal.state.firestore.FirestoreStateStore;
import io.mesopj.internal.state.sql.SqlStores;
import io.mesopj.internal.runtime.StateCodec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Creates the configured state backend (MESOP_STATE_SESSION_BACKEND) and its expiry sweep. */
final class StateBackends {
  private static final Logger LOG = Logger.getLogger(StateBackends.class.getName());

  private StateBackends() {}

  static SessionStates create(MesopConfig config, StateCodec codec, SecureRandom random, Clock clock,
      ExecutorService executor, ScheduledExecutorService scheduler) {
    Duration ttl = config.get(Settings.SESSION_TTL);
    long maxState = config.get(Settings.MAX_STATE_BYTES);
    StateStore store;
    switch (config.backend()) {
      case NONE:
        return new SealedSessions(new StateSealer(sealingKeys(config, random), random), codec, clock, ttl,
            maxState);
      case MEMORY:
        store = new MemoryStateStore(clock, config.get(Settings.MEMORY_MAX_SESSIONS),
            config.get(Settings.MEMORY_MAX_BYTES));
        break;
      case FILE:
        store = FileStateStore.fromConfig(config, clock);
        break;
      case SQL:
        store = SqlStores.fromConfig(config, clock, SqlStores.jndi());
        break;
      case FIRESTORE:
        store = FirestoreStateStore.fromConfig(config, clock);
        break;
      default:
        throw new IllegalStateException("unknown backend " + config.backend());
    }
    long every = Math.max(1000, Math.min(ttl.toMillis() / 4, 60_000));
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        int n = store.sweepExpired(Instant.now(clock));
        if (n > 0) {
          LOG.fine("Expired " + n + " session(s) from the " + store.name() + " store");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Expiry sweep of the " + store.name() + " store failed; will retry", e);
      }
    }, every, every, TimeUnit.MILLISECONDS);
    return new StoredSessions(store, codec, random, clock, ttl, config.get(Settings.LEASE_TIME),
        config.get(Settings.SESSION_WAIT), maxState, executor, scheduler);
  }

  private static List<String> sealingKeys(MesopConfig config, SecureRandom random) {
    List<String> keys = config.get(Settings.SEALING_KEYS);
    if (keys != null && !keys.isEmpty()) {
      return keys;
    }
    LOG.warning(Settings.SEALING_KEYS.name() + " is not set: client state is sealed with a random key made at"
        + " start-up. Sessions end when this JVM restarts, and other nodes cannot open them. Set the same"
        + " key on every node in production.");
    byte[] key = new byte[32];
    random.nextBytes(key);
    return List.of(Base64.getEncoder().encodeToString(key));
  }
}
