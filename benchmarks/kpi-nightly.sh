#!/usr/bin/env bash
# Benchmark: the nightly indicator job (Jakarta Batch `kpi-daily` in the real EAR on WildFly and
# PostgreSQL) building one day, next to the same SQL run raw by psql, at growing sizes of history.
#
#   benchmarks/kpi-nightly.sh                      # 1 000 000 and 24 000 000 cases
#   benchmarks/kpi-nightly.sh 100000 1000000       # any increasing sizes
#
# Needs Java 17, Maven and the PostgreSQL server (Debian: `apt-get install postgresql`); it runs a private
# PostgreSQL cluster and its own copy of the server (ports +200) under target/kpi-benchmark, so a demo
# or the tests may keep running. The history grows backwards in time: the newest cases (the benchmark's
# day is yesterday, Riga time) stay the same while older, closed ones are added, so the day's figures are
# identical at every size and only the history around them grows. 24M cases take about 40 GB of disk
# while the indexes are rebuilt (23 GB once done).
# Settings: PER_DAY cases a day (6500), RUNS per figure (5, the median is printed), PG_PORT (5499),
# KEEP=1 leaves PostgreSQL's data for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000000 24000000)
PER_DAY=${PER_DAY:-6500}
RUNS=${RUNS:-5}
PG_PORT=${PG_PORT:-5499}
OFFSET=200
MANAGEMENT=$((9990 + OFFSET))
WORK=$ROOT/target/kpi-benchmark
SERVER=$WORK/wildfly
TODAY=$(TZ=Europe/Riga date +%F)
DAY=$(date -d "$TODAY -1 day" +%F)
FIRST_ID=10000000

HTTP=$((8080 + OFFSET))
. benchmarks/server.sh

rm -rf "$WORK"
trap cleanup EXIT
private_postgresql_start "$WORK/pg" "$PG_PORT" -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=64MB \
    -c maintenance_work_mem=1GB -c max_wal_size=16GB -c checkpoint_timeout=30min
psql -h localhost -p "$PG_PORT" -U postgres -X -q -c "create database pietura" postgres
say "PostgreSQL $(value 'show server_version') on port $PG_PORT"

# ----- The application on PostgreSQL: the build's server, copied, with the EAR deployed -----
build_server

start_server() {
    PIETURA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/pietura" PIETURA_DB_USER=postgres PIETURA_DB_PASSWORD=unused \
        PIETURA_BOOTSTRAP_ADMIN_PASSWORD=Benchmark-admin-2026 PIETURA_BOOTSTRAP_OPERATOR_REGISTRATION_NUMBER=90000048152 \
        PIETURA_FILES_DIR="$WORK/files" JAVA_OPTS="-Xms512m -Xmx1g -Djava.net.preferIPv4Stack=true" \
        "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >"$WORK/server.log" 2>&1 &
    server_pid=$!
    await_server
}

say "starting the server once: Flyway creates the schema"
start_server
stop_server
sql -f benchmarks/kpi/reference.sql

# The statements the job runs (DailyFigures reads the same files), with the day written in.
statement() { grep -v '^--' "ejb-module/src/main/resources/lv/pietura/kpi/$1" | sed "s/?1/date '$DAY'/g"; }
# A day is built once a night and autovacuum tidies after it; the runs here rebuild it again and again, so
# each starts from a vacuumed table, untimed.
tidy() { sql -c "vacuum kpi_case_day, kpi_case_day_handling, kpi_message_day, kpi_message_day_reading, kpi_day_built"; }
raw_ms() {
    tidy
    { echo '\timing on'
      echo 'begin;'
      for table in case-day case-day-handling message-day message-day-reading; do
          echo "delete from kpi_${table//-/_} where kpi_day = date '$DAY';"
          statement "$table.sql"; echo ';'
      done
      echo 'commit;'
    } | sql | awk '/^Time:/ { ms += $2 } END { printf "%.0f\n", ms }'
}
job_ms() {
    local id status
    tidy
    id=$("$SERVER/bin/jboss-cli.sh" -c --controller="localhost:$MANAGEMENT" \
        --command="/deployment=pietura.ear/subdeployment=pietura-ejb.jar/subsystem=batch-jberet:start-job(job-xml-name=kpi-daily,properties={from=$DAY,to=$DAY})" \
        | sed -n 's/.*"result" => \([0-9]*\)L.*/\1/p')
    [ -n "$id" ] || { say "the job did not start"; exit 1; }
    for _ in $(seq 1 3600); do
        status=$(value "select batchstatus from job_execution where jobexecutionid = $id")
        case "$status" in
            COMPLETED) break ;;
            FAILED | STOPPED | ABANDONED) say "execution $id ended $status; see $WORK/server.log"; exit 1 ;;
        esac
        sleep 0.2
    done
    value "select round(extract(epoch from endtime - starttime) * 1000) from job_execution where jobexecutionid = $id"
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

results=()
generated=0
for size in "${SIZES[@]}"; do
    add=$((size - generated))
    [ "$add" -gt 0 ] || { say "sizes must grow: $size after $generated"; exit 1; }
    if [ "$generated" -eq 0 ]; then
        end_day=$DAY close_before=$TODAY all_closed=false
    else
        oldest=$(value "select min(registered_on) from service_case where id >= $FIRST_ID")
        end_day=$(date -d "$oldest -1 day" +%F) close_before=$oldest all_closed=true
    fi
    say "generating $add cases (history $size, $PER_DAY a day, up to $end_day)"
    started=$(date +%s)
    sql -v first_id=$((FIRST_ID + generated)) -v cases="$add" -v per_day="$PER_DAY" -v end_day="$end_day" \
        -v close_before="$close_before" -v all_closed=$all_closed -v built_until="$(date -d "$DAY -1 day" +%F)" -f benchmarks/kpi/history.sql
    generated=$size
    say "generated in $(( $(date +%s) - started )) s; $(value "select pg_size_pretty(pg_database_size('pietura'))") in the database"

    start_server
    raws=() jobs=()
    job_ms >/dev/null   # the first execution warms the server's code paths
    for _ in $(seq 1 "$RUNS"); do
        raws+=("$(raw_ms)")
        jobs+=("$(job_ms)")
    done
    stop_server
    raw=$(echo "${raws[*]}" | median) job=$(echo "${jobs[*]}" | median)
    touched=$(value "select count(*) from service_case where registered_on <= date '$DAY' and (closed_on is null or closed_on >= date '$DAY')")
    figures=$(value "select sum(received) || ' received, ' || sum(completed) || ' completed, ' || count(*) || ' rows' from kpi_case_day where kpi_day = date '$DAY'")
    say "raw SQL ${raws[*]} ms; job ${jobs[*]} ms; $figures"
    results+=("$(printf '%12s %14s %13s %13s %9s' "$size" "$touched" "$raw" "$job" "$(awk -v j="$job" -v r="$raw" 'BEGIN { printf "%.2f", j / r }')")")
done

echo
echo "KPI nightly job for one day ($DAY), median of $RUNS runs; $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, PostgreSQL $(value 'show server_version')"
printf '%12s %14s %13s %13s %9s\n' "history" "cases that day" "raw SQL, ms" "job, ms" "job/raw"
printf '%s\n' "${results[@]}"
