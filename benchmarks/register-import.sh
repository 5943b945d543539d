#!/usr/bin/env bash
# Benchmark: the Enterprise Register import (Jakarta Batch `register-import` in the real EAR on WildFly and
# PostgreSQL) of a register file of 2 000 000 companies, next to PostgreSQL's COPY of the same companies into a
# table like the one the import fills (the catalogue's `eaddress_account` with its indexes, a trigram index on
# the names among them): the goal's baseline, the import at least 0.3 of its speed. For what PostgreSQL takes
# without the catalogue's indexes and for where its time goes: COPY of the file into a table of its columns, one
# INSERT ... SELECT of the copied rows into a table like the catalogue's, and the trigram index alone built in
# one go.
#
#   benchmarks/register-import.sh            # 2 000 000 rows
#   ROWS=500000 benchmarks/register-import.sh
#
# Needs Java 17, Maven and the PostgreSQL server (Debian: `apt-get install postgresql`); it runs a private
# PostgreSQL cluster and its own copy of the server (ports +300) under target/register-benchmark, so a demo or
# the tests may keep running. Settings: ROWS (2000000), RUNS per figure (3, the median is printed), PG_PORT
# (5498), KEEP=1 leaves PostgreSQL's data for a look afterwards.
#
# The file is made as data.gov.lv publishes register.csv (21 columns, quoted names and addresses, UTF-8 with
# Latvian letters); one company in a hundred is closed. Each run of the job imports it into a catalogue
# without those companies (the first import: every line a new company) and is timed from JBeret's job
# repository; then the same file once more (every line unchanged: what a nightly re-import costs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROWS=${ROWS:-2000000}
RUNS=${RUNS:-3}
PG_PORT=${PG_PORT:-5498}
OFFSET=300
MANAGEMENT=$((9990 + OFFSET))
WORK=$ROOT/target/register-benchmark
SERVER=$WORK/wildfly
FILE=$WORK/register/register.csv

HTTP=$((8080 + OFFSET))
. benchmarks/server.sh

rm -rf "$WORK"
mkdir -p "$WORK/register"
trap cleanup EXIT
private_postgresql_start "$WORK/pg" "$PG_PORT" -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min
psql -h localhost -p "$PG_PORT" -U postgres -X -q -c "create database pietura" postgres
say "PostgreSQL $(value 'show server_version') on port $PG_PORT"

say "writing a register file of $ROWS companies"
# valid registration numbers (weights 9,1,4,8,3,10,2,5,7,6,1, sum 3 modulo 11) from 40000000000 up
awk -v rows="$ROWS" 'BEGIN {
    srand(2026)
    print "regcode;sepa;name;name_before_quotes;name_in_quotes;name_after_quotes;without_quotes;regtype;regtype_text;type;type_text;registered;terminated;closed;address;index;addressid;region;city;atvk;reregistration_term"
    split("9 1 4 8 3 10 2 5 7 6", w, " ")
    split("Ozols Bērziņš Kalniņš Liepa Ābele Zīle Gaujas Dārzs Pūce Ēnas", words, " ")
    n = 0; seed = 0
    while (n < rows) {
        ten = sprintf("4%09d", seed++)
        sum = 0
        for (i = 1; i <= 10; i++) sum += substr(ten, i, 1) * w[i]
        last = (3 - sum) % 11; if (last < 0) last += 11
        if (last == 10) continue
        n++
        code = ten last
        name = "SIA \"\"" words[n % 10 + 1] " " words[int(n / 10) % 10 + 1] " " n "\"\""
        closed = (n % 100 == 0)
        printf "%s;LV%s;\"%s\";SIA;%s;;\"%s\";K;Komercreģistrs;SIA;Sabiedrība ar ierobežotu atbildību;%04d-%02d-%02d;%s;%s;\"%s nov., %s pag., Ēnas iela %d, LV-%04d\";LV-%04d;%d;%d;%s;%d;\n",
            code, code, name, words[n % 10 + 1], words[n % 10 + 1] " " n,
            1991 + n % 35, 1 + n % 12, 1 + n % 28,
            closed ? sprintf("%04d-%02d-%02d", 2020 + n % 6, 1 + n % 12, 1 + n % 28) : "", closed ? "L" : "",
            words[int(n / 100) % 10 + 1], words[int(n / 1000) % 10 + 1], 1 + n % 200, 1000 + n % 4000, 1000 + n % 4000,
            100000000 + n, n % 600, words[n % 7 + 1], 10000 + n % 90000
    }
}' >"$FILE"
say "$(du -h "$FILE" | cut -f1) written"

# ----- COPY of the same file into a table of its columns -----
sql -c "create table register_copy ($(head -1 "$FILE" | sed 's/;/ text, /g') text)"
timed() { { echo '\timing on'; cat; } | sql | awk '/^Time:/ { ms += $2 } END { printf "%.0f\n", ms }'; }
copy_ms() {
    sql -c "truncate register_copy" -c "vacuum register_copy" -c "checkpoint"
    echo "\\copy register_copy from '$FILE' with (format csv, delimiter ';', header true)" | timed
}

# ----- The application on PostgreSQL: the build's server, copied, with the EAR deployed -----
build_server
PIETURA_DB_URL="jdbc:postgresql://localhost:$PG_PORT/pietura" PIETURA_DB_USER=postgres PIETURA_DB_PASSWORD=unused \
    PIETURA_BOOTSTRAP_ADMIN_PASSWORD=Benchmark-admin-2026 PIETURA_BOOTSTRAP_OPERATOR_REGISTRATION_NUMBER=90000048152 \
    PIETURA_FILES_DIR="$WORK/files" PIETURA_REGISTER_DIR="$WORK/register" \
    JAVA_OPTS="-Xms512m -Xmx1g -Djava.net.preferIPv4Stack=true" \
    "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET >"$WORK/server.log" 2>&1 &
server_pid=$!
await_server

job_ms() {
    local id status
    id=$("$SERVER/bin/jboss-cli.sh" -c --controller="localhost:$MANAGEMENT" \
        --command="/deployment=pietura.ear/subdeployment=pietura-ejb.jar/subsystem=batch-jberet:start-job(job-xml-name=register-import,properties={file=register.csv,startedBy=benchmark})" \
        | sed -n 's/.*"result" => \([0-9]*\)L.*/\1/p')
    [ -n "$id" ] || { say "the job did not start"; exit 1; }
    for _ in $(seq 1 36000); do
        status=$(value "select batchstatus from job_execution where jobexecutionid = $id")
        case "$status" in
            COMPLETED) break ;;
            FAILED | STOPPED | ABANDONED) say "execution $id ended $status; see $WORK/server.log"; exit 1 ;;
        esac
        sleep 0.5
    done
    value "select round(extract(epoch from endtime - starttime) * 1000) from job_execution where jobexecutionid = $id"
}
# the catalogue without the file's companies, as a real first import finds it: their rows deleted, the table and
# its indexes rewritten, the statistics those of a catalogue without companies (what made the import's lookup read
# every company already written, chunk after chunk, until 05.12.2026: 36 s on a new database, 96 s after this)
forget_companies() {
    sql -c "delete from eaddress_account where kind = 'COMPANY'" -c "vacuum full analyze eaddress_account" -c "checkpoint"
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# ----- What PostgreSQL itself takes to put the same companies where the import puts them -----
# A table like the catalogue's (its indexes): filled by one INSERT ... SELECT of the copied rows (with the pending
# list the import's chunks have), and by COPY of the companies as the catalogue holds them (a file of those
# columns, written once); and the names' trigram index alone, built in one go over the companies' names.
sql -c "create table account_like (like eaddress_account including all)"
account_columns="id, version, kind, identifier, name, search_name, activated, created_at, closed_on"
account_rows="select nextval('eaddress_account_seq'), 0, 'COMPANY', regcode, name, lower(name), false, now(), nullif(terminated, '')::date from register_copy"
insert_ms() {
    sql -c "truncate account_like" -c "vacuum account_like" -c "checkpoint"
    echo "set gin_pending_list_limit = '64MB'; insert into account_like ($account_columns) $account_rows;" | timed
}
ACCOUNTS=$WORK/accounts.csv
copy_accounts_ms() {
    [ -f "$ACCOUNTS" ] || sql -c "\\copy ($account_rows) to '$ACCOUNTS' with (format csv)"
    sql -c "truncate account_like" -c "vacuum account_like" -c "checkpoint"
    printf '%s\n' "set gin_pending_list_limit = '64MB';" \
        "\\copy account_like ($account_columns) from '$ACCOUNTS' with (format csv)" | timed
}
trigram_ms() {
    sql -c "create table names_only as select lower(name) as search_name from register_copy" \
        -c "vacuum analyze names_only" -c "checkpoint"
    echo "create index on names_only using gin (search_name gin_trgm_ops);" | timed
}

copies=() inserts=() accounts=() trigrams=() firsts=() agains=()
for run in $(seq 1 "$RUNS"); do
    copies+=("$(copy_ms)")
    inserts+=("$(insert_ms)")
    accounts+=("$(copy_accounts_ms)")
    trigrams+=("$(trigram_ms)")
    sql -c "truncate account_like" -c "drop table names_only"
    forget_companies
    firsts+=("$(job_ms)")
    agains+=("$(job_ms)")
    say "run $run: COPY ${copies[-1]} ms, INSERT ... SELECT ${inserts[-1]} ms, COPY like the catalogue ${accounts[-1]} ms, trigram index ${trigrams[-1]} ms, import ${firsts[-1]} ms, again ${agains[-1]} ms"
done
imported=$(value "select created || ' new, ' || closed || ' closed, ' || bad || ' bad of ' || lines_read || ' lines' from register_import order by id desc offset 1 limit 1")
unchanged=$(value "select unchanged || ' unchanged' from register_import order by id desc limit 1")
insert=$(echo "${inserts[*]}" | median) account=$(echo "${accounts[*]}" | median) trigram=$(echo "${trigrams[*]}" | median)
copy=$(echo "${copies[*]}" | median) first=$(echo "${firsts[*]}" | median) again=$(echo "${agains[*]}" | median)
stop_server

echo
echo "Enterprise Register import of $ROWS companies ($(du -h "$FILE" | cut -f1)), median of $RUNS runs; $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, PostgreSQL $(value 'show server_version')"
ratio() { awk -v c="$1" -v t="$2" 'BEGIN { printf "%.2f", c / t }'; }
line() { printf '%-56s %8s %10s %14s %12s\n' "$1" "$2" "$(awk -v r="$ROWS" -v t="$2" 'BEGIN { printf "%.0f", r * 1000 / t }')" "$(ratio "$account" "$2")" "$(ratio "$copy" "$2")"; }
printf '%-56s %8s %10s %14s %12s\n' "" "ms" "rows/s" "speed/COPY" "speed/COPY"
printf '%-56s %8s %10s %14s %12s\n' "" "" "" "like the" "into a table"
printf '%-56s %8s %10s %14s %12s\n' "" "" "" "catalogue's" "of its columns"
line "COPY of the companies into a table like the catalogue's" "$account"
line "COPY of the file into a table of its columns" "$copy"
line "INSERT ... SELECT into a table like the catalogue's" "$insert"
line "the names' trigram index alone, built in one go" "$trigram"
line "import, every company new" "$first"
line "the same file again, every company unchanged" "$again"
echo "the last first import: $imported; the last again: $unchanged"
echo "goal: the import at least 0.30 of the speed of COPY into a table like the catalogue's: $(ratio "$account" "$first") (first import), $(ratio "$account" "$again") (again)"
