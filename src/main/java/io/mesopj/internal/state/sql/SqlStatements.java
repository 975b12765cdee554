package io.mesopj.internal.state.sql;

/**
 * The store's SQL for one table and dialect, built once. Every time is a bound parameter taken
 * from the store's clock, never the database's now(): nodes agree through NTP, and tests can
 * move time by hand.
 */
final class SqlStatements {
  /** Most rows one sweep statement deletes, so a large backlog never makes one huge transaction. */
  static final int DEFAULT_SWEEP_BATCH = 1000;

  final String insert;
  /**
   * Takes the lease iff it is free (or ran out) and the session has not expired, and pushes the
   * expiry out by the session's TTL: a use that changes nothing still keeps the session alive.
   * Parameters: leaseUntil, now, token, now, now.
   */
  final String acquire;
  /** The fence and bytes under the lease just taken (same transaction as {@link #acquire}). */
  final String readLease;
  /** Tells BUSY from MISSING after an acquire that matched no row. */
  final String status;
  final String renew;
  /** Writes the bytes and frees the lease iff the fence is still ours (a lease that ran out but was not re-granted may commit). */
  final String commit;
  /** Writes the bytes and keeps the lease iff the fence is still ours. */
  final String checkpoint;
  final String release;
  final String delete;
  /** Deletes up to {@link #sweepBatch} expired, unleased rows; walks the expires_at index. */
  final String sweep;
  final int sweepBatch;
  /** How many times the sweep takes its (now, now) parameter pair: twice in the subquery form. */
  final int sweepParameterPairs;
  /** Cheap, and fails if the table is gone; used by readiness checks. */
  final String ready;
  /** Reads every column: the start-up check finds a missing table, column or SELECT privilege. */
  final String selectAll;
  final String probeUpdate;

  SqlStatements(SqlDialect dialect, String table, int sweepBatch) {
    String t = SqlSchema.checkedTable(table);
    this.sweepBatch = sweepBatch;
    this.sweepParameterPairs = dialect.deleteWithLimit() ? 1 : 2;
    insert = "INSERT INTO " + t + " (token, states, created_at, expires_at, ttl_millis, lease_until, fence)"
        + " VALUES (?, ?, ?, ?, ?, 0, 0)";
    acquire = "UPDATE " + dialect.updateByToken(t) + " SET fence = fence + 1, lease_until = ?, expires_at = ? + ttl_millis"
        + " WHERE token = ? AND lease_until <= ? AND expires_at > ?"
        + (dialect.updateReturning() ? " RETURNING fence, states" : "");
    readLease = "SELECT fence, states FROM " + t + " WHERE token = ?";
    status = "SELECT lease_until, expires_at FROM " + t + " WHERE token = ?";
    renew = "UPDATE " + t + " SET lease_until = ? WHERE token = ? AND fence = ? AND lease_until > 0";
    commit = "UPDATE " + t + " SET states = ?, expires_at = ?, ttl_millis = ?, lease_until = 0"
        + " WHERE token = ? AND fence = ? AND lease_until > 0";
    checkpoint = "UPDATE " + t + " SET states = ?, expires_at = ?, ttl_millis = ?"
        + " WHERE token = ? AND fence = ? AND lease_until > 0";
    release = "UPDATE " + t + " SET lease_until = 0 WHERE token = ? AND fence = ? AND lease_until > 0";
    delete = "DELETE FROM " + t + " WHERE token = ?";
    String expired = "expires_at <= ? AND lease_until <= ?";
    sweep = dialect.deleteWithLimit()
        ? "DELETE FROM " + t + " WHERE " + expired + " LIMIT " + sweepBatch
        // The outer condition is checked again on the row as it is when deleted: a row re-leased
        // meanwhile by a node whose clock is a little behind survives.
        : "DELETE FROM " + t + " WHERE token IN (SELECT token FROM " + t + " WHERE " + expired + " LIMIT "
            + sweepBatch + ") AND " + expired;
    ready = "SELECT 1 FROM " + t + " WHERE token = ?";
    selectAll = "SELECT " + String.join(", ", SqlSchema.COLUMNS) + " FROM " + t + " WHERE token = ?";
    probeUpdate = "UPDATE " + t + " SET lease_until = 1 WHERE token = ?";
  }

}
