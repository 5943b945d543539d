#!/usr/bin/env bash
# Benchmarks of the API and pages under HTTP load (Gatling, Java DSL: benchmarks/gatling), each printed next
# to a baseline measured in the same run on the same PostgreSQL, and the ratio:
#   1. applications registered through the REST API, one transaction per case, 16 clients; against
#      pgbench running the same INSERTs per transaction with 16 clients (benchmarks/api/registration.sql);
#   3. the inbox page (the lazy table's first 20 rows) of a mailbox of 100 000 messages among 10 000 000,
#      p95 of the server's answer; against the keyset query alone in pgbench (benchmarks/api/inbox.sql);
#   4. the addressee search over 2 000 000 companies, p95 through the API; against its SQL alone
#      (benchmarks/api/addressees.sql).
# Benchmarks 2 (bulk send to 100 000) and 5 (10 MB files with a 256 MB heap) are not written yet.
#
#   benchmarks/api.sh
#
# Needs Java 17, Maven and the PostgreSQL server (Debian: `apt-get install postgresql`, which brings pgbench);
# runs a private PostgreSQL (PG_PORT, 5497) and its own copy of the server (port offset 400: HTTP 8480)
# under target/api-benchmark, with the demo data and the generated data (benchmarks/api/mailboxes.sql).
# Settings: COMPANIES (2000000), MESSAGES (10000000), MAILBOX (100000), BENCH_SECONDS per measurement (60),
# KEEP=1 leaves PostgreSQL's data for a look afterwards, and REUSE=1 measures again on the data a KEEP=1 run
# left (no build, no generation: the EAR of ear-module/target is deployed anew); JFR=1 records the server with Java Flight Recorder
# ($WORK/server.jfr, e.g. `jfr view hot-methods` of a JDK 21+).
# Gatling's HTML reports land in benchmarks/gatling/target/gatling.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
COMPANIES=${COMPANIES:-2000000}
MESSAGES=${MESSAGES:-10000000}
MAILBOX=${MAILBOX:-100000}
SECONDS_EACH=${BENCH_SECONDS:-60}
PG_PORT=${PG_PORT:-5497}
OFFSET=400
HTTP=$((8080 + OFFSET))
MANAGEMENT=$((9990 + OFFSET))
WORK=$ROOT/target/api-benchmark
SERVER=$WORK/wildfly

JFR_OPTS=""
[ "${JFR:-0}" != 1 ] || JFR_OPTS="-XX:StartFlightRecording=filename=$WORK/server.jfr,settings=profile,dumponexit=true"
. benchmarks/server.sh
PGBENCH=$PG_BIN/pgbench

PG_OPTS="-c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=64MB -c maintenance_work_mem=1GB \
    -c max_wal_size=16GB -c checkpoint_timeout=30min -c max_connections=200 -c shared_preload_libraries=pg_stat_statements"
reuse=0
if [ "${REUSE:-0}" = 1 ] && [ -d "$WORK/pg/data" ] && [ -d "$SERVER" ]; then
    reuse=1
    trap cleanup EXIT
    # shellcheck disable=SC2086
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=localhost $PG_OPTS" \
        start >/dev/null
    rm -f "$SERVER/standalone/deployments/"*
    cp "$ROOT/ear-module/target/pietura.ear" "$SERVER/standalone/deployments/"
    say "PostgreSQL $(value 'show server_version') on port $PG_PORT, with the data of the last KEEP=1 run"
else
    rm -rf "$WORK"
    mkdir -p "$WORK"
    trap cleanup EXIT
    # shellcheck disable=SC2086
    private_postgresql_start "$WORK/pg" "$PG_PORT" $PG_OPTS
    psql -h localhost -p "$PG_PORT" -U postgres -X -q -c "create database pietura" postgres
    say "PostgreSQL $(value 'show server_version') on port $PG_PORT"

    build_server
fi
say "compiling the simulations"
mvn -q -f benchmarks/gatling/pom.xml test-compile >"$WORK/gatling-build.log"

start_server() {
    PIETURA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/pietura" PIETURA_DB_USER=postgres PIETURA_DB_PASSWORD=unused \
        PIETURA_DEMO_DATA=on PIETURA_FILES_DIR="$WORK/files" \
        JAVA_OPTS="-Xms1g -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true $JFR_OPTS" \
        "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >>"$WORK/server.log" 2>&1 &
    server_pid=$!
    await_server
}

if [ "$reuse" = 0 ]; then
    say "starting the server once: Flyway creates the schema, the demo data loads"
    start_server
    stop_server
    say "generating $COMPANIES companies and $MESSAGES messages ($MAILBOX to Ādaži's mailbox)"
    started=$(date +%s)
    sql -v companies="$COMPANIES" -v messages="$MESSAGES" -v mailbox="$MAILBOX" -f benchmarks/api/mailboxes.sql
    say "generated in $(( $(date +%s) - started )) s; $(value "select pg_size_pretty(pg_database_size('pietura'))") in the database"
fi
COMPANIES=$(value "select count(*) from eaddress_account where kind = 'COMPANY'")
MESSAGES=$(value "select count(*) from eaddress_message")
ADAZI=$(value "select id from eaddress_account where kind = 'INSTITUTION' and name like 'Ādažu novada%'")
MAILBOX=$(value "select count(*) from eaddress_inbox_entry where account_id = $ADAZI")
start_server

# Gatling: one simulation, its console output kept in $WORK/SIMULATION.log (sign-in requests are silent, so
# the global figures are those of the request measured).
gatling() {
    local simulation=$1 clients=$2
    PIETURA_BENCH_URL="http://localhost:$HTTP/pietura" PIETURA_BENCH_SECONDS=$SECONDS_EACH PIETURA_BENCH_CLIENTS=$clients \
        mvn -q -f benchmarks/gatling/pom.xml gatling:test -Dgatling.simulationClass="lv.pietura.benchmarks.$simulation" \
        >"$WORK/$simulation.log" 2>&1 || { tail -40 "$WORK/$simulation.log" >&2; exit 1; }
}
# stat SIMULATION LABEL: the OK column of a line of Gatling's global statistics ("mean throughput (rps)",
# "response time 95th percentile (ms)", "request count")
stat() {
    grep -F "> $2" "$WORK/$1.log" | tail -1 | awk -F'|' '{ gsub(/[ ,]/, "", $3); print $3 }'
}
failed() {
    grep -F "> request count" "$WORK/$1.log" | tail -1 | awk -F'|' '{ gsub(/[ ,-]/, "", $4); print ($4 == "" ? 0 : $4) }'
}
# pgbench_p95 SCRIPT CLIENTS: the 95th percentile latency in ms of pgbench's per-transaction log
pgbench_p95() {
    rm -rf "$WORK/pgbench-log" && mkdir -p "$WORK/pgbench-log"
    (cd "$WORK/pgbench-log" && "$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c "$2" -j "$2" -T "$SECONDS_EACH" \
        -D adazi="$ADAZI" -f "$ROOT/benchmarks/api/$1" -l pietura >"$WORK/$1.out" 2>&1)
    cat "$WORK"/pgbench-log/pgbench_log.* | awk '{ print $3 }' | sort -n \
        | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int(NR * 0.95)] / 1000 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

say "1. registration: warm-up, then Gatling with 16 clients and pgbench with 16 clients, $SECONDS_EACH s each"
SECONDS_EACH_SAVED=$SECONDS_EACH; SECONDS_EACH=15; gatling RegistrationSimulation 16; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling RegistrationSimulation 16
registrations=$(stat RegistrationSimulation "mean throughput (rps)")
value "create sequence if not exists bench_id_seq start with 3000000000" >/dev/null
"$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c 16 -j 2 -T "$SECONDS_EACH" -f benchmarks/api/registration.sql pietura \
    >"$WORK/registration.out" 2>&1
inserts=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/registration.out" | head -1 | awk '{ printf "%.1f", $1 }')

say "3. inbox page: warm-up, then Gatling with 4 clients and the keyset query in pgbench with 4 clients"
SECONDS_EACH=15; gatling InboxSimulation 4; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling InboxSimulation 4
inbox=$(stat InboxSimulation "response time 95th percentile (ms)")
inbox_sql=$(pgbench_p95 inbox.sql 4)

say "4. addressee search: warm-up, then Gatling with 4 clients and its SQL in pgbench with 4 clients"
SECONDS_EACH=15; gatling AddresseeSearchSimulation 4; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling AddresseeSearchSimulation 4
search=$(stat AddresseeSearchSimulation "response time 95th percentile (ms)")
search_sql=$(pgbench_p95 addressees.sql 4)

echo
echo "Pietura API benchmarks, $(date +%F); $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, PostgreSQL $(value 'show server_version'), $SECONDS_EACH s each"
printf '%-58s %12s %12s %7s  %s\n' "" "Pietura" "baseline" "ratio" "goal"
printf '%-58s %12s %12s %7s  %s\n' "1. registrations/s through the API, 16 clients (pgbench)" "$registrations" "$inserts" \
    "$(ratio "$registrations" "$inserts")" "≥ 0.6"
printf '%-58s %12s %12s %7s  %s\n' "3. inbox page p95 ms, $MAILBOX of $MESSAGES messages (SQL)" "$inbox" "$inbox_sql" \
    "$(ratio "$inbox" "$inbox_sql")" "≤ 3 and < 100 ms"
printf '%-58s %12s %12s %7s  %s\n' "4. addressee search p95 ms, $COMPANIES companies (SQL)" "$search" "$search_sql" \
    "$(ratio "$search" "$search_sql")" "≤ 2 and < 50 ms"
for simulation in RegistrationSimulation InboxSimulation AddresseeSearchSimulation; do
    [ "$(failed $simulation)" = 0 ] || echo "$simulation: $(failed $simulation) requests failed (see $WORK/$simulation.log)"
done
echo "2. bulk send to 100 000 and 5. 10 MB files with a 256 MB heap: not measured yet"
echo "Gatling's reports: benchmarks/gatling/target/gatling"
