#!/usr/bin/env bash
# Benchmarks of the API and pages under HTTP load (Gatling, Java DSL: benchmarks/gatling), each printed next
# to a baseline measured in the same run on the same PostgreSQL, and the ratio:
#   1. applications registered through the REST API, one transaction per case, 16 clients; against
#      pgbench running the same INSERTs per transaction with 16 clients (benchmarks/api/registration.sql);
#   3. the inbox page (the lazy table's first 20 rows) of a mailbox of 100 000 messages among 10 000 000,
#      p95 of the server's answer; against the keyset query alone in pgbench (benchmarks/api/inbox.sql); and
#      the table's next 20 rows as its paginator asks for them (AJAX), against the query after the cursor
#      (benchmarks/api/inbox-next.sql);
#   4. the addressee search over 2 000 000 companies, p95 through the API; against its SQL alone
#      (benchmarks/api/addressees.sql).
#   2. one message with a 100 KB file to 100 000 addressees (BULK) through the API (upload, then one bulk
#      request), the time until it is stored for delivery; against COPY of the same rows (the message and its
#      deliveries, exported from what the API wrote) into tables shaped like them;
#   5. 10 files of 10 MB uploaded and downloaded through the API with the server's heap at 256 MB (the server
#      is restarted for it); against copying the same files there and back with cp; the heap left after each
#      collection (from the collector's log) during a round of 1 MB files, a round of 10 MB files and a round
#      of 10 MB ASiC-E containers (.edoc, each read and validated by DSS as it is stored) shows that it does
#      not grow with the files' size.
#   6. visits booked through the public booking page (its page opened for a day, then its form posted), 16
#      clients; against pgbench running the same statements per transaction with 16 clients
#      (benchmarks/api/booking.sql): bookings made per second, each from the rows written.
#
#   benchmarks/api.sh
#   ONLY=booking benchmarks/api.sh      # benchmark 6 alone: no generated mailboxes, about 5 minutes
#   ONLY=files benchmarks/api.sh        # benchmark 5 alone: no generated mailboxes, about 3 minutes
#
# Needs Java 17, Maven, zip and the PostgreSQL server (Debian: `apt-get install postgresql zip`; it brings pgbench);
# runs a private PostgreSQL (PG_PORT, 5497) and its own copy of the server (port offset 400: HTTP 8480)
# under target/api-benchmark, with the demo data and the generated data (benchmarks/api/mailboxes.sql).
# Settings: COMPANIES (2000000), MESSAGES (10000000), MAILBOX (100000), BULK (100000, at most COMPANIES),
# BENCH_SECONDS per measurement (60), WARMUP_SECONDS of the same load before each of 1, 3 and 4 (45: the JIT
# compilers need about a minute of registrations before the server runs at full speed),
# KEEP=1 leaves PostgreSQL's data for a look afterwards, and REUSE=1 measures again on the data a KEEP=1 run
# left (no build, no generation: the EAR of ear-module/target is deployed anew); JFR=1 records the server with Java Flight Recorder
# ($WORK/server.jfr, e.g. `jfr view hot-methods` of a JDK 21+).
# Gatling's HTML reports land in benchmarks/gatling/target/gatling.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ONLY=${ONLY:-}
COMPANIES=${COMPANIES:-2000000}
MESSAGES=${MESSAGES:-10000000}
MAILBOX=${MAILBOX:-100000}
SECONDS_EACH=${BENCH_SECONDS:-60}
WARMUP=${WARMUP_SECONDS:-45}
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

HEAP=1g
GC_OPTS=""
start_server() {
    PIETURA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/pietura" PIETURA_DB_USER=postgres PIETURA_DB_PASSWORD=unused \
        PIETURA_DEMO_DATA=local PIETURA_FILES_DIR="$WORK/files" PIETURA_BOOKING_PER_ADDRESS_HOUR=1000000000 \
        JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true $JFR_OPTS $GC_OPTS" \
        "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >>"$WORK/server.log" 2>&1 &
    server_pid=$!
    await_server
}

if [ "$reuse" = 0 ] && { [ "$ONLY" = booking ] || [ "$ONLY" = files ]; }; then
    say "starting the server once: Flyway creates the schema, the demo data loads (no generated mailboxes)"
    start_server
    stop_server
elif [ "$reuse" = 0 ]; then
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
# pgbench_p95 SCRIPT CLIENTS [OPTION...]: the 95th percentile latency in ms of pgbench's per-transaction log
pgbench_p95() {
    local script=$1 clients=$2
    shift 2
    rm -rf "$WORK/pgbench-log" && mkdir -p "$WORK/pgbench-log"
    (cd "$WORK/pgbench-log" && "$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c "$clients" -j "$clients" \
        -T "$SECONDS_EACH" -D adazi="$ADAZI" "$@" -f "$ROOT/benchmarks/api/$script" -l pietura >"$WORK/$script.out" 2>&1)
    cat "$WORK"/pgbench-log/pgbench_log.* | awk '{ print $3 }' | sort -n \
        | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int(NR * 0.95)] / 1000 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
API=http://localhost:$HTTP/pietura/api
CLERK=adazi.clerk:Pietura-demo-2026
# upload FILE NAME: stores a file through the API; prints the id a message names it by and its SHA-256
upload() {
    curl -sf -u "$CLERK" -H 'Content-Type: application/octet-stream' --data-binary @"$1" "$API/eaddress/files?name=$2" \
        | sed 's/.*"id":"\([0-9a-f-]*\)".*"sha256":"\([0-9a-f]*\)".*/\1 \2/'
}
millis() { echo $(( $(date +%s%N) / 1000000 )); }
# pdf FILE BYTES: a PDF-shaped file of about that size, random in the middle (nothing to compress)
pdf() {
    { printf '%%PDF-1.4\n%%'; head -c $(( $2 - 80 )) /dev/urandom
      printf '\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n'; } >"$1"
}

if [ "$ONLY" != files ]; then
say "6. booking: warm-up, then Gatling with 16 clients and pgbench with 16 clients, $SECONDS_EACH s each"
CENTRE=$(value "select id from centre where name = 'Ādažu novada VPVKAC'")
SERVICE=$(value "select id from service where code = 'VSAA-VECUMA-PENSIJA'")
# Visits of 5 minutes with 50 consultants, 60 days ahead: room for every booking of the run
value "update booking_plan set slot_minutes = 5, desks = 50, days_ahead = 60 where centre_id = $CENTRE" >/dev/null
DAYS=$(curl -sf "http://localhost:$HTTP/pietura/book?centre=$CENTRE" | grep -o '<option value="20[0-9-]*"' | cut -d'"' -f2 | paste -sd,)
[ -n "$DAYS" ] || { say "the booking page offers no day"; exit 1; }
export PIETURA_BENCH_CENTRE=$CENTRE PIETURA_BENCH_DAYS=$DAYS
SECONDS_EACH_SAVED=$SECONDS_EACH; SECONDS_EACH=$WARMUP; gatling BookingSimulation 16; SECONDS_EACH=$SECONDS_EACH_SAVED
before=$(value "select count(*) from booking where email like 'slodze%'")
gatling BookingSimulation 16
booked=$(value "select count(*) from booking where email like 'slodze%'")
bookings=$(awk -v n="$((booked - before))" -v s="$SECONDS_EACH" 'BEGIN { printf "%.1f", n / s }')
"$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c 16 -j 2 -T "$SECONDS_EACH" -D centre="$CENTRE" -D service="$SERVICE" \
    -D days=28 -D slots=36 -f benchmarks/api/booking.sql pietura >"$WORK/booking.out" 2>&1
pg_booked=$(value "select count(*) from booking where email like 'pgbench%'")
booking_inserts=$(awk -v n="$pg_booked" -v s="$SECONDS_EACH" 'BEGIN { printf "%.1f", n / s }')
booking_line() {
    printf '%-58s %12s %12s %7s  %s\n' "6. visits booked/s through the public page, 16 clients (pgbench)" "$bookings" \
        "$booking_inserts" "$(ratio "$bookings" "$booking_inserts")" "(none set)"
    echo "   6: $((booked - before)) booked by the page, $pg_booked by pgbench; \"failed\" requests: times taken meanwhile"
}
if [ "$ONLY" = booking ]; then
    echo
    echo "Pietura booking benchmark, $(date +%F); $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, PostgreSQL $(value 'show server_version'), $SECONDS_EACH s each"
    printf '%-58s %12s %12s %7s  %s\n' "" "Pietura" "baseline" "ratio" "goal"
    booking_line
    [ "$(failed BookingSimulation)" = 0 ] || echo "BookingSimulation: $(failed BookingSimulation) requests failed"
    exit 0
fi

say "1. registration: warm-up, then Gatling with 16 clients and pgbench with 16 clients, $SECONDS_EACH s each"
SECONDS_EACH_SAVED=$SECONDS_EACH; SECONDS_EACH=$WARMUP; gatling RegistrationSimulation 16; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling RegistrationSimulation 16
registrations=$(stat RegistrationSimulation "mean throughput (rps)")
value "create sequence if not exists bench_id_seq start with 3000000000" >/dev/null
# the baseline links its audit row as the application does, in a chain of its own beside the application's
sql -q -c "create table if not exists bench_audit_link (like audit_link including all)" \
    -c "create table if not exists bench_chain_head (like audit_chain_head including all)" \
    -c "insert into bench_chain_head select * from audit_chain_head on conflict do nothing"
"$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c 16 -j 2 -T "$SECONDS_EACH" -f benchmarks/api/registration.sql pietura \
    >"$WORK/registration.out" 2>&1
inserts=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/registration.out" | head -1 | awk '{ printf "%.1f", $1 }')

say "3. inbox page: warm-up, then Gatling with 4 clients and the keyset query in pgbench with 4 clients"
SECONDS_EACH=$WARMUP; gatling InboxSimulation 4; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling InboxSimulation 4
inbox=$(stat InboxSimulation "response time 95th percentile (ms)")
inbox_sql=$(pgbench_p95 inbox.sql 4)

say "3. the inbox table's next page (AJAX): warm-up, then Gatling with 4 clients and the query after the cursor in pgbench"
SECONDS_EACH=$WARMUP; gatling InboxPagingSimulation 4; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling InboxPagingSimulation 4
paging=$(stat InboxPagingSimulation "response time 95th percentile (ms)")
# the cursor where the first page ends: the 20th newest entry
cursor=$(value "select (extract(epoch from arrived_at) * 1000000)::bigint || ' ' || id from eaddress_inbox_entry
    where account_id = $ADAZI order by arrived_at desc, id desc offset 19 limit 1")
paging_sql=$(pgbench_p95 inbox-next.sql 4 -D at_us="${cursor% *}" -D id="${cursor#* }")

say "4. addressee search: warm-up, then Gatling with 4 clients and its SQL in pgbench with 4 clients"
SECONDS_EACH=$WARMUP; gatling AddresseeSearchSimulation 4; SECONDS_EACH=$SECONDS_EACH_SAVED
gatling AddresseeSearchSimulation 4
search=$(stat AddresseeSearchSimulation "response time 95th percentile (ms)")
search_sql=$(pgbench_p95 addressees.sql 4)


BULK=$(value "select least(${BULK:-100000}, count(*)) from eaddress_account where kind = 'COMPANY' and activated")
say "2. bulk send: a 100 KB file to $BULK addressees through the API (after a warm-up to 5 000), against COPY"
pdf "$WORK/notice.pdf" 102400
bulk_request() { # bulk_request ADDRESSEES FILE_ID > JSON
    sql -At -v n="$1" -v file="$2" <<'SQL'
select json_build_object('addressees', string_agg(identifier, E'\n' order by id), 'subject', 'Ūdens atslēgšana',
       'body', 'Otrdien no 9 līdz 12 nebūs ūdens.',
       'files', json_build_array(json_build_object('id', :'file', 'name', 'paziņojums.pdf')))
from (select id, identifier from eaddress_account where kind = 'COMPANY' and activated order by id limit :n) a;
SQL
}
bulk_send() { # bulk_send REQUEST: the message's id; the time in ms in $WORK/bulk.ms
    local started
    started=$(millis)
    curl -sf -u "$CLERK" -H 'Content-Type: application/json' --data-binary @"$1" "$API/eaddress/bulk" >"$WORK/bulk.json"
    echo $(( $(millis) - started )) >"$WORK/bulk.ms"
    sed 's/.*"id":"\([0-9a-f-]*\)".*/\1/' "$WORK/bulk.json"
}
read -r file sha <<<"$(upload "$WORK/notice.pdf" warmup.pdf)"
bulk_request 5000 "$file" >"$WORK/bulk-warmup.json"
bulk_send "$WORK/bulk-warmup.json" >/dev/null
started=$(millis)
read -r file sha <<<"$(upload "$WORK/notice.pdf" pazinojums.pdf)"
upload_ms=$(( $(millis) - started ))
bulk_request "$BULK" "$file" >"$WORK/bulk-request.json"
bulk_id=$(bulk_send "$WORK/bulk-request.json")
bulk_ms=$(( upload_ms + $(cat "$WORK/bulk.ms") ))
deliveries=$(value "select count(*) from eaddress_delivery where message_id = '$bulk_id'")
[ "$deliveries" = "$BULK" ] || { say "the bulk message has $deliveries deliveries, not $BULK"; exit 1; }
stored_once=$(value "select count(*) from stored_file where sha256 = '$sha'")/$(find "$WORK/files" -type f -name "*$sha*" | wc -l)
sql -c "\copy (select * from eaddress_message where id = '$bulk_id') to '$WORK/message.csv' csv" \
    -c "\copy (select * from eaddress_message_file where message_id = '$bulk_id') to '$WORK/message-file.csv' csv" \
    -c "\copy (select * from eaddress_delivery where message_id = '$bulk_id') to '$WORK/deliveries.csv' csv"
sql -c "drop table if exists bench_message, bench_message_file, bench_delivery" \
    -c "create table bench_message (like eaddress_message including all)" \
    -c "create table bench_message_file (like eaddress_message_file including all)" \
    -c "create table bench_delivery (like eaddress_delivery including all)"
copy_ms=$(sql -c '\timing on' -c "\copy bench_message from '$WORK/message.csv' csv" \
    -c "\copy bench_message_file from '$WORK/message-file.csv' csv" -c "\copy bench_delivery from '$WORK/deliveries.csv' csv" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { printf "%.0f", s }')
# The worker would spend the next minutes delivering them; benchmark 5 wants a quiet server.
stop_server
sql -c "delete from eaddress_inbox_entry where message_id in (select id from eaddress_message where subject = 'Ūdens atslēgšana')" \
    -c "delete from eaddress_delivery where message_id in (select id from eaddress_message where subject = 'Ūdens atslēgšana')" \
    -c "delete from eaddress_message_file where message_id in (select id from eaddress_message where subject = 'Ūdens atslēgšana')" \
    -c "delete from eaddress_message where subject = 'Ūdens atslēgšana'" -c "drop table bench_message, bench_message_file, bench_delivery"

else
    stop_server
fi

say "5. files: 10 of 1 MB, 10 of 10 MB, 10 containers of 10 MB, up and down through the API with a 256 MB heap, against cp"
HEAP=256m
# The collector's log: after each collection it writes the heap's size before and after ("… 150M->42M(256M)"),
# the heap that was still referenced, garbage not included.
GC_LOG=$WORK/gc-256m.log
rm -f "$GC_LOG"
GC_OPTS="-Xlog:gc:file=$GC_LOG"
start_server
java_pid=$(pgrep -P "$server_pid" java)
heap_mb() {
    curl -s "http://localhost:$MANAGEMENT/metrics" \
        | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%.0f", s / 1048576 }'
}
# edoc FILE BYTES: an ASiC-E container (.edoc): its mimetype first and stored, one file of BYTES random bytes, and a
# XAdES signature over it that does not hold (made without a key: its digest is not the file's), so that DSS reads
# the whole container, hashes the 10 MB and finds the signature broken (the reading is what is measured)
edoc() {
    local d
    d=$(mktemp -d)
    mkdir "$d/META-INF"
    printf 'application/vnd.etsi.asic-e+zip' >"$d/mimetype"
    head -c "$2" /dev/urandom >"$d/dati.bin"
    cat >"$d/META-INF/signatures0.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:Signature Id="S0"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="dati.bin"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature></asic:XAdESSignatures>
XML
    # zip -X: no extra fields, so the type name follows "mimetype" at offset 30 as the format (and Tika) expect it
    (cd "$d" && zip -q -X -0 "$1" mimetype && zip -q -X -0 "$1" dati.bin META-INF/signatures0.xml)
    rm -rf "$d"
}
# round MB [edoc]: 10 files (PDFs, or .edoc containers) of MB megabytes up, one message carrying them, and down again; sets up_ms, down_ms,
# peak (the heap's highest reading, every 0.2 s, garbage included) and live (the heap's largest size after a
# collection during the round, or after the one forced at its end)
round() {
    local size=$1 kind=${2:-pdf} dir=$WORK/files-$1-${2:-pdf} ids=() key i started sampler gc_from
    mkdir -p "$dir/down"
    for i in $(seq 1 10); do
        if [ "$kind" = edoc ]; then edoc "$dir/f$i.edoc" $(( size * 1000000 )); else pdf "$dir/f$i.pdf" $(( size * 1000000 )); fi
    done
    gc_from=$(( $(wc -l <"$GC_LOG") + 1 ))
    echo 0 >"$WORK/peak"
    ( while :; do h=$(heap_mb); [ "$h" -le "$(cat "$WORK/peak")" ] || echo "$h" >"$WORK/peak"; sleep 0.2; done ) &
    sampler=$!
    started=$(millis)
    # one client on one connection, the ten files one after another (as cp takes them in one process)
    local transfers=()
    for i in $(seq 1 10); do
        [ "$i" = 1 ] || transfers+=(--next)
        transfers+=(-sf -u "$CLERK" -H 'Content-Type: application/octet-stream' --data-binary @"$dir/f$i.$kind"
            -o "$dir/up$i.json" "$API/eaddress/files?name=f$i.$kind")
    done
    curl "${transfers[@]}"
    for i in $(seq 1 10); do ids+=("$(sed 's/.*"id":"\([0-9a-f-]*\)".*/\1/' "$dir/up$i.json")"); done
    up_ms=$(( $(millis) - started ))
    key=$(cat /proc/sys/kernel/random/uuid)
    files=$(for i in $(seq 1 10); do printf '{"id":"%s","name":"f%s.%s"}\n' "${ids[$((i - 1))]}" "$i" "$kind"; done | paste -sd,)
    curl -sf -u "$CLERK" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
        --data-binary "{\"to\":[\"010190-12349\"],\"subject\":\"Faili $size MB $kind\",\"body\":\"Pielikumā.\",\"files\":[$files]}" \
        "$API/eaddress/messages" >/dev/null
    started=$(millis)
    transfers=()
    for i in $(seq 1 10); do
        [ "$i" = 1 ] || transfers+=(--next)
        transfers+=(-sf -u "$CLERK" -o "$dir/down/f$i.$kind" "$API/eaddress/messages/$key/files/${ids[$((i - 1))]}")
    done
    curl "${transfers[@]}"
    down_ms=$(( $(millis) - started ))
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    peak=$(cat "$WORK/peak")
    jcmd "$java_pid" GC.run >/dev/null
    sleep 1
    live=$(tail -n "+$gc_from" "$GC_LOG" | sed -n 's/.* Pause \(Young\|Full\) .* [0-9]*M->\([0-9]*\)M([0-9]*M).*/\2/p' | sort -n | tail -1)
    for i in $(seq 1 10); do cmp -s "$dir/f$i.$kind" "$dir/down/f$i.$kind" || { say "f$i.$kind came back different"; exit 1; }; done
}
round 1
peak_small=$peak live_small=$live
round 10
peak_large=$peak live_large=$live large_up_ms=$up_ms large_down_ms=$down_ms
files_ms=$(( up_ms + down_ms ))
round 10 edoc
peak_edoc=$peak live_edoc=$live edoc_up_ms=$up_ms
checked=$(value "select count(*) from file_signature_check c join stored_file f on f.sha256 = c.sha256 where f.size_bytes > 9000000")
mkdir -p "$WORK/cp-there" "$WORK/cp-back"
sync
started=$(millis)
cp "$WORK"/files-10-pdf/f*.pdf "$WORK/cp-there/" && sync
cp "$WORK"/cp-there/f*.pdf "$WORK/cp-back/" && sync
cp_ms=$(( $(millis) - started ))
heap_max=$(curl -s "http://localhost:$MANAGEMENT/metrics" \
    | awk '/^jvm_memory_max_bytes\{.*area="heap"/ && $NF > 0 { s += $NF } END { printf "%.0f", s / 1048576 }')

files_lines() {
    printf '%-58s %12s %12s %7s  %s\n' "5. 10 × 10 MB up and down s, heap 256 MB (cp there and back)" \
        "$(awk -v m="$files_ms" 'BEGIN { printf "%.2f", m / 1000 }')" "$(awk -v m="$cp_ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
        "$(ratio "$cp_ms" "$files_ms")" "≥ 0.5 (baseline / Pietura)"
}
files_details() {
    echo "   5: up $large_up_ms ms, down $large_down_ms ms; heap after collection at most $live_small MB with 1 MB files, $live_large MB with 10 MB files,"
    echo "      $live_edoc MB with 10 MB .edoc containers ($checked read and validated by DSS as they were stored; up $edoc_up_ms ms)"
    echo "      (heap in use at most $peak_small, $peak_large and $peak_edoc MB, garbage included; of $heap_max MB)"
}
if [ "$ONLY" = files ]; then
    echo
    echo "Pietura files benchmark, $(date +%F); $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM"
    printf '%-58s %12s %12s %7s  %s\n' "" "Pietura" "baseline" "ratio" "goal"
    files_lines
    files_details
    exit 0
fi

echo
echo "Pietura API benchmarks, $(date +%F); $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, PostgreSQL $(value 'show server_version'), $SECONDS_EACH s each"
printf '%-58s %12s %12s %7s  %s\n' "" "Pietura" "baseline" "ratio" "goal"
printf '%-58s %12s %12s %7s  %s\n' "1. registrations/s through the API, 16 clients (pgbench)" "$registrations" "$inserts" \
    "$(ratio "$registrations" "$inserts")" "≥ 0.6"
printf '%-58s %12s %12s %7s  %s\n' "2. bulk send s, 100 KB file to $BULK addressees (COPY)" \
    "$(awk -v m="$bulk_ms" 'BEGIN { printf "%.2f", m / 1000 }')" "$(awk -v m="$copy_ms" 'BEGIN { printf "%.2f", m / 1000 }')" \
    "$(ratio "$copy_ms" "$bulk_ms")" "≥ 0.25 (baseline / Pietura)"
printf '%-58s %12s %12s %7s  %s\n' "3. inbox page p95 ms, $MAILBOX of $MESSAGES messages (SQL)" "$inbox" "$inbox_sql" \
    "$(ratio "$inbox" "$inbox_sql")" "≤ 3 and < 100 ms"
printf '%-58s %12s %12s %7s  %s\n' "   the table's next 20 rows (AJAX) p95 ms (SQL)" "$paging" "$paging_sql" \
    "$(ratio "$paging" "$paging_sql")" "≤ 3 and < 100 ms"
printf '%-58s %12s %12s %7s  %s\n' "4. addressee search p95 ms, $COMPANIES companies (SQL)" "$search" "$search_sql" \
    "$(ratio "$search" "$search_sql")" "≤ 2 and < 50 ms"
files_lines
booking_line
echo "   2: the file stored once (rows/files on disk: $stored_once); upload $upload_ms ms, bulk request $(cat "$WORK/bulk.ms") ms"
files_details
for simulation in RegistrationSimulation InboxSimulation InboxPagingSimulation AddresseeSearchSimulation BookingSimulation; do
    [ "$(failed $simulation)" = 0 ] || echo "$simulation: $(failed $simulation) requests failed (see $WORK/$simulation.log)"
done
echo "Gatling's reports: benchmarks/gatling/target/gatling"
