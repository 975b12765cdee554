-- mesopj sql state store: table for PostgreSQL.
--
-- Run once, as a user that may create tables, in the database of
-- MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI:
--   psql "postgresql://admin@db:5432/app" -f sql/postgresql.sql
-- Then let the application's user use it:
--   GRANT SELECT, INSERT, UPDATE, DELETE ON mesop_state_session TO mesop_app;
-- (Or set MESOPJ_SQL_CREATE_TABLE=true and the server creates this same table at start-up.)
--
-- Another table name: if you set MESOP_STATE_SESSION_BACKEND_SQL_TABLE, replace every
-- mesop_state_session below (and in the GRANT) with that name, e.g.
--   sed 's/mesop_state_session/my_sessions/g' sql/postgresql.sql | psql ...
--
-- Columns: times are epoch milliseconds set from the servers' clocks (keep them in sync with NTP).
--   token        the session token (22 characters; the primary key)
--   states       the session's state, opaque bytes (up to MESOPJ_MAX_STATE_BYTES, 4 MB by default)
--   created_at   when the session started (UTC), for people reading the table
--   expires_at   when the session expires unless used again; the expiry sweep walks its index
--   ttl_millis   how far each use pushes expires_at out
--   lease_until  until when a request holds the session (0 = free)
--   fence        grows with every lease, so a stalled request cannot overwrite newer state
-- Keep this file equal to what the code creates: SqlSchemaFilesTest compares them.

CREATE TABLE IF NOT EXISTS mesop_state_session (
  token VARCHAR(23) NOT NULL PRIMARY KEY,
  states BYTEA NOT NULL,
  created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  expires_at BIGINT NOT NULL,
  ttl_millis BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  fence BIGINT NOT NULL
);

CREATE INDEX IF NOT EXISTS mesop_state_session_expires_at ON mesop_state_session (expires_at);
