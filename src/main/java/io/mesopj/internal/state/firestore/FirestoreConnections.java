package io.mesopj.internal.state.firestore;

import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.ServiceOptions;
import com.google.cloud.firestore.FirestoreOptions;
import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Builds Firestore clients for the store: short RPC timeouts, the (default) database, the
 * emulator when asked, and the start-up checks behind {@link FirestoreStateStore#fromConfig}.
 */
public final class FirestoreConnections {
  private static final Logger LOG = Logger.getLogger(FirestoreConnections.class.getName());

  /** The standard variable Google's clients read to talk to the emulator instead of Google. */
  public static final String EMULATOR_HOST_ENV = "FIRESTORE_EMULATOR_HOST";
  /** Per RPC and in total with the client's own retries: an outage fails in seconds, not minutes. */
  public static final Duration RPC_TIMEOUT = Duration.ofSeconds(5);

  private FirestoreConnections() {}

  /** How the store finds Application Default Credentials (a seam for tests). */
  @FunctionalInterface
  interface CredentialsLookup {
    GoogleCredentials find() throws IOException;
  }

  /**
   * Retries UNAVAILABLE and friends briefly (the client's retryable codes), and gives every call
   * at most {@link #RPC_TIMEOUT} in total. Also paces transaction retries on contention.
   */
  public static RetrySettings retrySettings() {
    return RetrySettings.newBuilder()
        .setInitialRetryDelayDuration(Duration.ofMillis(20))
        .setRetryDelayMultiplier(2)
        .setMaxRetryDelayDuration(Duration.ofMillis(500))
        .setInitialRpcTimeoutDuration(RPC_TIMEOUT)
        .setRpcTimeoutMultiplier(1)
        .setMaxRpcTimeoutDuration(RPC_TIMEOUT)
        .setTotalTimeoutDuration(RPC_TIMEOUT)
        .setMaxAttempts(4)
        .build();
  }

  /** Options for Google's Firestore: the (default) database of {@code projectId}. */
  public static FirestoreOptions options(String projectId, GoogleCredentials credentials) {
    return FirestoreOptions.newBuilder()
        .setProjectId(projectId)
        .setDatabaseId("(default)")
        .setCredentials(credentials)
        .setRetrySettings(retrySettings())
        .build();
  }

  /** Options for the emulator at {@code hostPort} (no credentials needed). */
  public static FirestoreOptions emulator(String hostPort, String projectId) {
    return FirestoreOptions.newBuilder()
        .setProjectId(projectId)
        .setDatabaseId("(default)")
        .setEmulatorHost(hostPort)
        // Set now, or the options would look for Application Default Credentials the emulator ignores.
        .setCredentials(new FirestoreOptions.EmulatorCredentials())
        .setRetrySettings(retrySettings())
        .build();
  }

  /** {@code collection} if Firestore accepts it as a collection id, else ConfigException. */
  static String checkCollection(String collection) {
    String name = Settings.FIRESTORE_COLLECTION.name();
    if (collection == null || collection.isBlank()) {
      throw new ConfigException(name + " is empty; set a Firestore collection id such as mesop_state_sessions.");
    }
    if (collection.contains("/") || collection.equals(".") || collection.equals("..")
        || collection.matches("__.*__") || collection.getBytes(StandardCharsets.UTF_8).length > 1500) {
      throw new ConfigException(name + "='" + collection + "' is not a valid Firestore collection id (no '/',"
          + " not . or .., not __name__-style, at most 1500 bytes).");
    }
    return collection;
  }

  static FirestoreStateStore fromConfig(MesopConfig config, Clock clock, Map<String, String> env,
      CredentialsLookup credentials) {
    String collection = checkCollection(config.get(Settings.FIRESTORE_COLLECTION));
    long maxState = config.get(Settings.MAX_STATE_BYTES);
    if (maxState > RecordParts.MAX_RECORD_BYTES) {
      throw new ConfigException(Settings.MAX_STATE_BYTES.name() + "=" + maxState + " is more than the firestore"
          + " store holds per session (" + RecordParts.MAX_RECORD_BYTES + " bytes). Lower it, or use another"
          + " backend.");
    }
    String emulatorHost = blankToNull(env.get(EMULATOR_HOST_ENV));
    String project = blankToNull(config.get(Settings.FIRESTORE_PROJECT));
    FirestoreOptions options;
    String where;
    try {
      if (emulatorHost != null) {
        project = project != null ? project : ServiceOptions.getDefaultProjectId();
        requireProject(project, " (any id, such as demo-mesop, works with the emulator)");
        options = emulator(emulatorHost, project);
        where = "the Firestore emulator at " + emulatorHost + " (" + EMULATOR_HOST_ENV + "), project " + project;
      } else {
        GoogleCredentials found = findCredentials(credentials);
        project = project != null ? project : blankToNull(found.getProjectId());
        project = project != null ? project : ServiceOptions.getDefaultProjectId();
        requireProject(project, ", or set the project of the Application Default Credentials"
            + " (gcloud config set project PROJECT, or GOOGLE_CLOUD_PROJECT)");
        options = options(project, found);
        where = "Firestore project " + project + ", database (default)";
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException("The firestore store cannot be set up: " + e.getMessage(), e);
    }
    FirestoreStateStore store = FirestoreStateStore.open(options, collection, clock);
    try {
      store.checkReady();
    } catch (StoreException e) {
      store.close();
      throw new ConfigException("The firestore store cannot use " + where + ", collection " + collection + ": "
          + e.getMessage() + (e.retryable() ? " [check that Firestore is reachable from this node"
          + (emulatorHost != null ? "; is the emulator running?]" : "]") : ""), e);
    }
    LOG.info("Session state in " + where + ", collection " + collection);
    return store;
  }

  private static GoogleCredentials findCredentials(CredentialsLookup credentials) {
    try {
      return credentials.find();
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("The firestore store found no Google credentials (" + e.getMessage() + "). Run"
          + " on Google Cloud with a service account, set GOOGLE_APPLICATION_CREDENTIALS to a key file, or run"
          + " 'gcloud auth application-default login'; for the emulator set " + EMULATOR_HOST_ENV + ".", e);
    }
  }

  private static void requireProject(String project, String how) {
    if (project == null) {
      throw new ConfigException("The firestore store cannot tell which GCP project to use: set "
          + Settings.FIRESTORE_PROJECT.name() + how + ".");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
