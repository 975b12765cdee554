package io.mesopj.internal.state.sql;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Sessions in one SQL table, shared by every node. Each method is one short statement (taking a
 * lease is an UPDATE that reads back, in one statement or one transaction), so no lock is held
 * while a handler runs: the lease is the {@code lease_until} column, and the {@code fence} column
 * makes a commit from a lease that was granted again since fail instead of overwriting.
 *
 * <p>All times come from the injected clock and are passed as parameters. Build one with
 * {@link SqlStores#fromConfig}, which also checks the database at start-up.
 */
public final class SqlStateStore implements StateStore {
  /** A deadlock victim was rolled back whole, so it is safe to run again (InnoDB picks victims now and then). */
  private static final int DEADLOCK_ATTEMPTS = 3;

  private final Jdbi jdbi;
  private final SqlDialect dialect;
  private final SqlStatements sql;
  private final Clock clock;
  private final SqlTarget target;
  private final AutoCloseable owned;

  /**
   * A store over {@code dataSource} (not closed by {@link #close()}); the table must exist
   * (see {@link SqlSchema}).
   */
  public SqlStateStore(DataSource dataSource, SqlDialect dialect, String table, Clock clock) {
    this(dataSource, table, clock, new SqlTarget(dialect, "a DataSource", List.of()), null,
        SqlStatements.DEFAULT_SWEEP_BATCH);
  }

  /** {@code owned}: what {@link #close()} closes (a pool this store made), or null. */
  SqlStateStore(DataSource dataSource, String table, Clock clock, SqlTarget target, AutoCloseable owned,
      int sweepBatch) {
    this.jdbi = jdbi(dataSource);
    this.dialect = target.dialect();
    this.sql = new SqlStatements(target.dialect(), table, sweepBatch);
    this.clock = clock;
    this.target = target;
    this.owned = owned;
  }

  /** JDBI over {@code dataSource}, as the store and its start-up check use it. */
  static Jdbi jdbi(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(() -> autoCommitting(dataSource.getConnection()));
    // Statement texts and arguments (session tokens) stay out of exception messages and logs.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }

  /** Each statement commits by itself unless we open a transaction (a container pool may default otherwise). */
  private static Connection autoCommitting(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    return c;
  }

  @Override
  public String name() {
    return "sql";
  }

  /** The database kind, for logs. */
  public SqlDialect dialect() {
    return dialect;
  }

  @Override
  public void create(String token, byte[] record, Instant expiresAt) {
    Instant now = clock.instant();
    long expires = expiresAt.toEpochMilli();
    Object createdAt = dialect.timestamp(now);
    call("create a session", h -> h.createUpdate(sql.insert)
        .bind(0, token)
        .bind(1, record)
        .bind(2, (Argument) (pos, st, ctx) -> st.setObject(pos, createdAt))
        .bind(3, expires)
        .bind(4, Math.max(0, expires - now.toEpochMilli()))
        .execute());
  }

  @Override
  public AcquireResult tryAcquire(String token, Duration leaseTime) {
    long now = clock.millis();
    long until = now + leaseTime.toMillis();
    return call("take a session's lease", h -> {
      Lease lease = dialect.updateReturning() ? acquireReturning(h, token, now, until)
          : h.inTransaction(tx -> acquireThenRead(tx, token, now, until));
      if (lease != null) {
        return AcquireResult.granted(lease);
      }
      return h.createQuery(sql.status).bind(0, token)
          .map((rs, ctx) -> statusOf(rs.getLong(1), rs.getLong(2), now))
          .findOne().orElse(AcquireResult.missing());
    });
  }

  private Lease acquireReturning(Handle h, String token, long now, long until) {
    return bindAcquire(h.createQuery(sql.acquire), token, now, until)
        .map((rs, ctx) -> new Lease(token, rs.getLong(1), rs.getBytes(2)))
        .findOne().orElse(null);
  }

  private Lease acquireThenRead(Handle tx, String token, long now, long until) {
    if (bindAcquire(tx.createUpdate(sql.acquire), token, now, until).execute() != 1) {
      return null;
    }
    // Same transaction: the UPDATE's row lock keeps anyone from re-taking the lease before we read our fence.
    return tx.createQuery(sql.readLease).bind(0, token)
        .map((rs, ctx) -> new Lease(token, rs.getLong(1), rs.getBytes(2)))
        .findOne().orElse(null);
  }

  private static <S extends SqlStatement<S>> S bindAcquire(S statement, String token,
      long now, long until) {
    return statement.bind(0, until).bind(1, now).bind(2, token).bind(3, now).bind(4, now);
  }

  /** After an acquire that matched nothing: held by someone (BUSY) or expired (MISSING, even before the sweep). */
  private static AcquireResult statusOf(long leaseUntil, long expiresAt, long now) {
    if (leaseUntil > now) {
      return AcquireResult.busy();
    }
    if (expiresAt <= now) {
      return AcquireResult.missing();
    }
    return AcquireResult.busy(); // released between our two statements: the caller simply tries again
  }

  @Override
  public boolean renew(Lease lease, Duration leaseTime) {
    long until = clock.millis() + leaseTime.toMillis();
    return call("renew a session's lease", h -> h.createUpdate(sql.renew)
        .bind(0, until).bind(1, lease.token()).bind(2, lease.fence()).execute()) == 1;
  }

  @Override
  public void commit(Lease lease, byte[] record, Instant expiresAt) {
    write(sql.commit, lease, record, expiresAt);
  }

  @Override
  public void checkpoint(Lease lease, byte[] record, Instant expiresAt) {
    write(sql.checkpoint, lease, record, expiresAt);
  }

  private void write(String statement, Lease lease, byte[] record, Instant expiresAt) {
    long now = clock.millis();
    long expires = expiresAt.toEpochMilli();
    int rows = call("save a session", h -> h.createUpdate(statement)
        .bind(0, record)
        .bind(1, expires)
        .bind(2, Math.max(0, expires - now))
        .bind(3, lease.token())
        .bind(4, lease.fence())
        .execute());
    if (rows != 1) {
      throw new FencedOffException(lease.token());
    }
  }

  @Override
  public void release(Lease lease) {
    call("release a session's lease", h -> h.createUpdate(sql.release)
        .bind(0, lease.token()).bind(1, lease.fence()).execute());
  }

  @Override
  public void delete(String token) {
    call("delete a session", h -> h.createUpdate(sql.delete).bind(0, token).execute());
  }

  @Override
  public int sweepExpired(Instant now) {
    long t = now.toEpochMilli();
    int total = 0;
    while (true) { // one batch per statement (and transaction), until a batch comes back short
      int n = call("delete expired sessions", h -> {
        var delete = h.createUpdate(sql.sweep);
        for (int i = 0; i < sql.sweepParameterPairs; i++) {
          delete.bind(2 * i, t).bind(2 * i + 1, t);
        }
        return delete.execute();
      });
      total += n;
      if (n < sql.sweepBatch) {
        return total;
      }
    }
  }

  @Override
  public void checkReady() {
    call("answer a readiness check", h -> h.createQuery(sql.ready).bind(0, "").mapTo(Integer.class).findOne());
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        // Closing a pool at shutdown: nothing useful to do about a failure.
      }
    }
  }

  @Override
  public String toString() {
    return "SqlStateStore[" + target.describe() + "]";
  }

  /** Runs {@code body} on a pooled connection, again if it was a deadlock victim; maps failures. */
  private <R> R call(String action, HandleCallback<R, RuntimeException> body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.withHandle(body);
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        if (attempt < DEADLOCK_ATTEMPTS && SqlErrors.deadlock(e)) {
          continue;
        }
        throw SqlErrors.toStoreException(action, e, target);
      }
    }
  }
}
