package io.mesopj.internal.config;

/** Where session state lives (MESOP_STATE_SESSION_BACKEND). */
public enum StateBackend {
  /** Mesop's default: the state travels with the client, sealed with the sealing key. */
  NONE,
  MEMORY,
  FILE,
  SQL,
  FIRESTORE
}
