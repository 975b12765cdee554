#!/bin/sh
# mesopj on Tomcat: $CATALINA_BASE/bin/setenv.sh, sourced by catalina.sh on every node.
# Environment variables are mesopj settings in their env form (they win over context.xml).
# Values come from the node's environment when set, else the defaults below.

# The sealing key of browser-held state must be the same on every node (any secret >= 32 chars).
# With the sql store it only matters if you switch back to MESOP_STATE_SESSION_BACKEND=none.
export MESOPJ_SEALING_KEY="${MESOPJ_SEALING_KEY:-change-me-to-a-long-random-secret-of-32+-chars}"
# Never in production:
export MESOPJ_DEV_MODE="${MESOPJ_DEV_MODE:-false}"

# The database behind jdbc/mesop in context.xml.
CATALINA_OPTS="$CATALINA_OPTS -Dmesopj.db.driver=${MESOPJ_DB_DRIVER:-org.postgresql.Driver}"
CATALINA_OPTS="$CATALINA_OPTS -Dmesopj.db.url=${MESOPJ_DB_URL:-jdbc:postgresql://127.0.0.1:5432/mesop}"
CATALINA_OPTS="$CATALINA_OPTS -Dmesopj.db.user=${MESOPJ_DB_USER:-mesop}"
CATALINA_OPTS="$CATALINA_OPTS -Dmesopj.db.password=${MESOPJ_DB_PASSWORD:-mesop}"
# The HTTP port of this node (server.xml reads it).
CATALINA_OPTS="$CATALINA_OPTS -Dmesopj.http.port=${MESOPJ_HTTP_PORT:-8080}"
CATALINA_OPTS="$CATALINA_OPTS -Xmx${MESOPJ_HEAP:-512m}"
export CATALINA_OPTS
