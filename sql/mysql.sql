-- mesopj sql state store: table for MySQL (8.0+) and MariaDB (10.5+).
--
-- Run once, as a user that may create tables, in the database of
-- MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI (jdbc:mariadb://db:3306/app):
--   mariadb -h db -u admin -p app < sql/mysql.sql        (or: mysql ... < sql/mysql.sql)
-- Then let the application's user use it:
--   GRANT SELECT, INSERT, UPDATE, DELETE ON app.mesop_state_session TO 'mesop_app'@'%';
-- (Or set MESOPJ_SQL_CREATE_TABLE=true and the server creates this same table at start-up.)
--
-- Another table name: if you set MESOP_STATE_SESSION_BACKEND_SQL_TABLE, replace every
-- mesop_state_session below (and in the GRANT) with that name, e.g.
--   sed 's/mesop_state_session/my_sessions/g' sql/mysql.sql | mariadb ...
--
-- Notes: tokens are case-sensitive, hence the binary ascii collation. A state of 4 MB needs
-- max_allowed_packet above that (the default, 16 MB in MariaDB and 64 MB in MySQL, is enough).
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
  token VARCHAR(23) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  states LONGBLOB NOT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at BIGINT NOT NULL,
  ttl_millis BIGINT NOT NULL,
  lease_until BIGINT NOT NULL,
  fence BIGINT NOT NULL,
  INDEX expires_at (expires_at)
) ENGINE=InnoDB;
