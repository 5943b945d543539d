# Sourced by the benchmark scripts, after they set WORK (their directory under target/), SERVER (the copy of
# the server there), PG_PORT and MANAGEMENT (the copy's management port): the private PostgreSQL's
# helpers, psql shortcuts, and building, stopping and cleaning up the server copy.
. .ci/private-postgresql

say() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }
sql() { psql -h localhost -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 -d pietura "$@"; }
value() { sql -At -c "$1"; }

# The EAR and the build's WildFly for PostgreSQL, copied to $SERVER with the EAR deployed and no data.
build_server() {
    say "building the EAR and a WildFly for PostgreSQL"
    mvn -q -Ddb=postgresql -DskipTests package >"$WORK/build.log"
    cp -a "$ROOT"/ear-module/target/wildfly-[0-9]* "$SERVER"
    rm -rf "$SERVER/standalone/data" "$SERVER/standalone/log" "$SERVER/standalone/deployments/"*
    cp "$ROOT/ear-module/target/pietura.ear" "$SERVER/standalone/deployments/"
}

server_pid=""
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        "$SERVER/bin/jboss-cli.sh" -c --controller="localhost:$MANAGEMENT" --command=":shutdown" >/dev/null 2>&1 \
            || kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}

# On exit: the server and PostgreSQL stopped, PostgreSQL's data removed unless KEEP=1.
cleanup() {
    stop_server
    private_postgresql_stop "$WORK/pg"
    [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK/pg"
}

# Waits until the application answers on $HTTP (the server at $server_pid, its log $WORK/server.log).
await_server() {
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP/pietura/api/directory/institutions")" = 200 ]; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; exit 1; }
        sleep 1
    done
    say "the server did not get ready; see $WORK/server.log"
    exit 1
}
