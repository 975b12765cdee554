package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.state.StoreException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How failures are sorted into retryable and not, with the drivers' own SQLStates and codes. */
class SqlErrorsTest {
  private final SqlTarget target = SqlTarget.ofUrl(SqlDialect.POSTGRESQL, "jdbc:postgresql://db/app", "pass-word-1");

  private StoreException map(Throwable t) {
    return SqlErrors.toStoreException("save a session", new RuntimeException("wrapped", t), target);
  }

  @Test
  void connectionFailuresAreRetryableAndSaySo() {
    for (Throwable t : List.of(new SQLException("refused", "08001"), new SQLException("I/O error", "08006"),
        new SQLException("terminating connection due to administrator command", "57P01"),
        new SQLTransientConnectionException("mesopj-sql - Connection is not available, request timed out after"
            + " 2500ms", "08001", new ConnectException("Connection refused")),
        new SQLException("wrapped", new ConnectException("Connection refused")))) {
      StoreException e = map(t);
      assertTrue(e.retryable(), t.toString());
      assertTrue(e.getMessage().contains("cannot reach its database"), e.getMessage());
    }
  }

  @Test
  void lockTimeoutsAndAnExhaustedPoolAreRetryable() {
    assertTrue(map(new SQLException("Lock wait timeout exceeded", "HY000", 1205)).retryable());
    assertTrue(map(new SQLException("canceling statement due to lock timeout", "55P03")).retryable());
    assertTrue(map(new SQLTransientConnectionException("mesopj-sql - Connection is not available, request timed"
        + " out after 2500ms (total=10, active=10, idle=0, waiting=3)")).retryable());
  }

  @Test
  void otherFailuresAreNotRetryable() {
    StoreException e = map(new SQLException("relation \"x\" does not exist", "42P01"));
    assertFalse(e.retryable());
    assertTrue(e.getMessage().contains("42P01") && e.getMessage().contains("save a session"), e.getMessage());
    assertFalse(map(new SQLException("value too long", "22001")).retryable());
  }

  @Test
  void deadlockVictimsAreRecognised() {
    assertTrue(SqlErrors.deadlock(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
    assertTrue(SqlErrors.deadlock(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    assertFalse(SqlErrors.deadlock(new RuntimeException(new SQLException("refused", "08001"))));
  }

  @Test
  void passwordsNeverReachMessagesOrCauses() {
    StoreException e = map(new SQLException("No suitable driver for jdbc:x?password=pass-word-1", "08001"));
    assertFalse(e.getMessage().contains("pass-word-1"), e.getMessage());
    assertNull(e.getCause(), "a cause that shows the password is dropped");
  }

  @Test
  void aDuplicateFromAConcurrentCreatorIsRecognised() {
    assertTrue(SqlErrors.alreadyExists(new SQLException("duplicate key value violates unique constraint"
        + " \"pg_type_typname_nsp_index\"", "23505")));
    assertTrue(SqlErrors.alreadyExists(new SQLException("relation \"t\" already exists", "42P07")));
    assertTrue(SqlErrors.alreadyExists(new SQLException("Table 't' already exists", "42S01", 1050)));
    assertFalse(SqlErrors.alreadyExists(new SQLException("permission denied for schema public", "42501")));
  }
}
