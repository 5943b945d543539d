#!/usr/bin/env bash
# A Pietura cluster on one machine: two WildFly nodes of the HA profile on loopback (port offsets 100 and
# 200: http://localhost:8180, :8280) sharing one PostgreSQL, behind WildFly's own load balancer (offset
# 300: http://localhost:8380/pietura/). For trying the production shape and for the failover test.
#
#   cluster.sh provision      a server from the WildFly distribution under $PIETURA_CLUSTER_DIR (default
#                             target/cluster), configured with ../datasource-postgresql.cli, ../pietura.cli and
#                             node.cli (standalone-ha.xml), balancer.cli (standalone.xml); the EAR
#                             ($PIETURA_EAR, default ear-module/target/pietura.ear: `mvn package -DskipTests`)
#                             deployed on both nodes
#   cluster.sh start [NAME..] start balancer, node1, node2 (default all; a node is waited for until the
#                             application answers; node1 first, so that one node migrates the database)
#   cluster.sh kill NAME      kill -9, as a crash would
#   cluster.sh stop           stop everything
#
# The database comes from PIETURA_DB_URL, PIETURA_DB_USER, PIETURA_DB_PASSWORD (see docs/operations.md), the file store
# both nodes share from PIETURA_FILES_DIR (default target/cluster/files); PIETURA_NODE_OPTS adds system
# properties to both nodes (e.g. "-Dpietura.deadlines.watch.minute=*" for the watch every minute); needs Java,
# Maven (to fetch the distribution and the driver, once) and curl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${PIETURA_CLUSTER_DIR:-$root/target/cluster}
ear=${PIETURA_EAR:-$root/ear-module/target/pietura.ear}
wildfly_version=$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' "$root/pom.xml")
postgresql_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$root/pom.xml")
home=$dir/wildfly-$wildfly_version

offset() { case $1 in node1) echo 100 ;; node2) echo 200 ;; balancer) echo 300 ;; *) echo "no such member: $1" >&2; exit 2 ;; esac; }
http_port() { echo $((8080 + $(offset "$1"))); }

provision() {
    [ -f "$ear" ] || { echo "No EAR at $ear: mvn package -DskipTests" >&2; exit 1; }
    stop
    rm -rf "$dir"
    mkdir -p "$dir/download"
    mvn -q dependency:copy -Dartifact="org.wildfly:wildfly-dist:$wildfly_version:zip" -DoutputDirectory="$dir/download"
    mvn -q dependency:copy -Dartifact="org.postgresql:postgresql:$postgresql_version" -DoutputDirectory="$dir/download"
    (cd "$dir" && unzip -q "download/wildfly-dist-$wildfly_version.zip")
    echo "postgresql.driver.jar=$dir/download/postgresql-$postgresql_version.jar" > "$dir/cli.properties"
    cli_offline standalone.xml "$root/wildfly-config/cluster/balancer.cli"
    cli_offline standalone-ha.xml "$root/wildfly-config/datasource-postgresql.cli" "$root/wildfly-config/pietura.cli" \
        "$root/wildfly-config/cluster/node.cli"
    for member in balancer node1 node2; do
        cp -r "$home/standalone" "$dir/$member"
    done
    cp "$ear" "$dir/node1/deployments/"
    cp "$ear" "$dir/node2/deployments/"
    echo "Provisioned under $dir"
}

cli_offline() {
    local config=$1
    shift
    { echo "embed-server --std-out=discard --server-config=$config"; cat "$@"; echo "stop-embedded-server"; } > "$dir/configure.cli"
    "$home/bin/jboss-cli.sh" --properties="$dir/cli.properties" --file="$dir/configure.cli" > "$dir/configure-$config.log"
}

start_member() {
    local member=$1 config=standalone-ha.xml
    [ "$member" != balancer ] || config=standalone.xml
    [ -d "$dir/$member" ] || { echo "Not provisioned: cluster.sh provision" >&2; exit 1; }
    if [ -f "$dir/$member.pid" ] && kill -0 "$(cat "$dir/$member.pid")" 2>/dev/null; then
        echo "$member runs already"
        return
    fi
    local extra=()
    read -r -a extra <<< "${PIETURA_NODE_OPTS:-}"  # split on spaces, no globbing (*/5 stays as it is)
    # one file store for both nodes (on separate machines: a shared file system)
    PIETURA_FILES_DIR="${PIETURA_FILES_DIR:-$dir/files}" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/$member.pid" \
        JAVA_OPTS="-Xmx${PIETURA_NODE_HEAP:-768m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        nohup "$home/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$dir/$member" \
        -Djboss.node.name="$member" -Djboss.tx.node.id="$member" -Djboss.socket.binding.port-offset="$(offset "$member")" \
        -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
        -Dpietura.baseUrl="http://localhost:$(http_port balancer)/pietura" "${extra[@]}" >> "$dir/$member.out" 2>&1 &
    local url="http://127.0.0.1:$(http_port "$member")/pietura/api/directory/institutions"
    [ "$member" != balancer ] || url="http://127.0.0.1:$(http_port balancer)/"
    for _ in $(seq 1 300); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
            echo "$member is up: http://localhost:$(http_port "$member")/"
            return
        fi
        sleep 1
    done
    echo "$member did not come up in 5 minutes; see $dir/$member/log/server.log" >&2
    exit 1
}

kill_member() {
    local pid
    pid=$(cat "$dir/$1.pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "$dir/$1.pid"
    echo "$1 killed"
}

stop() {
    for member in node2 node1 balancer; do
        if [ -f "$dir/$member.pid" ]; then
            local pid
            pid=$(cat "$dir/$member.pid")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
            rm -f "$dir/$member.pid"
        fi
    done
}

case ${1:-} in
    provision) provision ;;
    start) shift; members=("$@"); [ ${#members[@]} -gt 0 ] || members=(balancer node1 node2)
        for member in "${members[@]}"; do start_member "$member"; done ;;
    kill) kill_member "${2:?which member}" ;;
    stop) stop ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
