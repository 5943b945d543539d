#!/usr/bin/env bash
# Benchmark: how long the README's run command (`mvn -Prun`) takes until the application answers.
#
#   benchmarks/run-start.sh            # warm: the second run on this machine (server already provisioned)
#   benchmarks/run-start.sh cold       # after `mvn clean`: builds the EAR and provisions WildFly afresh
#   benchmarks/run-start.sh empty      # after `mvn clean` and with an empty Maven repository (downloads all)
#
# Prints the seconds from starting Maven until http://localhost:8080/pietura/ answers with the public front
# door (demo data loaded), then stops the server. Needs port 8080 free (no demo or test running). The goal
# (README): warm at most 40 s, cold at most 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-warm}
LOG=target/run-start.log
mkdir -p target
args=(-Prun)
case "$MODE" in
    warm) ;;
    cold) mvn -q clean >/dev/null ;;
    empty)
        mvn -q clean >/dev/null
        repo=$(mktemp -d)
        trap 'rm -rf "$repo"' EXIT
        args+=("-Dmaven.repo.local=$repo")
        ;;
    *) echo "usage: $0 [warm|cold|empty]" >&2; exit 2 ;;
esac
if curl -s -o /dev/null http://localhost:8080/; then
    echo "port 8080 is in use: stop the demo or the tests first" >&2
    exit 1
fi

start=$(date +%s%N)
setsid mvn "${args[@]}" >"$LOG" 2>&1 &
mvn_pid=$!
stop() {
    kill -TERM -- "-$mvn_pid" 2>/dev/null || true
    wait "$mvn_pid" 2>/dev/null || true
    # WildFly may still be closing its ports when Maven has ended: the next run finds 8080 free
    for _ in $(seq 60); do curl -s -o /dev/null http://localhost:8080/ || return 0; sleep 0.5; done
}
trap 'stop' INT TERM
until curl -sf -o /dev/null http://localhost:8080/pietura/; do
    if ! kill -0 "$mvn_pid" 2>/dev/null; then
        echo "the run command ended before the application answered; see $LOG" >&2
        exit 1
    fi
    sleep 0.25
done
end=$(date +%s%N)
stop
printf 'run command (%s): the application answered after %.1f s\n' "$MODE" "$(( (end - start) / 1000000 ))e-3"
