-- mesopj sql state store: table for SQLite (3.35+).
--
-- Run once on the database file of MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI
-- (jdbc:sqlite:/var/lib/mesop/state.db; a file, never :memory:):
--   sqlite3 /var/lib/mesop/state.db < sql/sqlite.sql
-- (Or set MESOPJ_SQL_CREATE_TABLE=true and the server creates this same table at start-up.)
-- The server switches the file to WAL journaling and waits on busy locks, so several
-- processes on one machine can share it. SQLite suits development and single machines; its
-- JDBC driver (org.xerial:sqlite-jdbc) is not in the WAR: add it to WEB-INF/lib.
--
-- Another table name: if you set MESOP_STATE_SESSION_BACKEND_SQL_TABLE, replace every
-- mesop_state_session below with that name, e.g.
--   sed 's/mesop_state_session/my_sessions/g' sql/sqlite.sql | sqlite3 /var/lib/mesop/state.db
--
-- Columns: times are epoch milliseconds set from the servers' clocks.
--   token        the session token (22 characters; the primary key)
--   states       the session's state, opaque bytes (up to MESOPJ_MAX_STATE_BYTES, 4 MB by default)
--   created_at   when the session started, UTC text 'YYYY-MM-DD HH:MM:SS.SSS' (SQLite has no
--                timestamp type; its date functions read this form)
--   expires_at   when the session expires unless used again; the expiry sweep walks its index
--   ttl_millis   how far each use pushes expires_at out
--   lease_until  until when a request holds the session (0 = free)
--   fence        grows with every lease, so a stalled request cannot overwrite newer state
-- Keep this file equal to what the code creates: SqlSchemaFilesTest compares them.

CREATE TABLE IF NOT EXISTS mesop_state_session (
  token VARCHAR(23) NOT NULL PRIMARY KEY,
  states BLOB NOT NULL,
  created_at TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  ttl_millis BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  fence BIGINT NOT NULL
);

CREATE INDEX IF NOT EXISTS mesop_state_session_expires_at ON mesop_state_session (expires_at);
