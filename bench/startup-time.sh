#!/usr/bin/env bash
# Start-up time to the first served request: launches `serve` on a free port, and measures from the launch until
# the first envelope is answered. Runs it N times (default 5) and prints each time and the median.
#   bench/startup-time.sh [runs] [--cds]
# With --cds it first records an application class-data archive (one start, one request, stop) and then measures
# starts that use it (-XX:SharedArchiveFile).
# The waiting loops sleep between looks, so that they do not take a core from the JVM they are timing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
CDS="${2:-}"
JAR=outbound-app/target/outbound.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB"

# start_and_answer <java options...>: starts serve, waits for the first answer, stops it; prints the milliseconds.
start_and_answer() {
  local out start address pid end
  out=$(mktemp)
  start=$(date +%s%N)
  java "$@" -jar "$JAR" serve --port 0 > "$out" 2>/dev/null &
  pid=$!
  address=""
  while [ -z "$address" ]; do
    sleep 0.01
    address=$(sed -n 's/^service: //p' "$out")
    kill -0 "$pid" 2>/dev/null || { echo "the service did not start" >&2; exit 1; }
  done
  until curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer demo-token-agent1' \
      -d '{"request":"agent.get"}' "${address}api/v2/service" | grep -q 200; do sleep 0.01; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$out"
  echo $(( (end - start) / 1000000 ))
}

options=()
if [ "$CDS" = --cds ]; then
  archive=$(mktemp -d)/outbound.jsa
  start_and_answer "-XX:ArchiveClassesAtExit=$archive" > /dev/null
  sleep 1
  [ -f "$archive" ] || { echo "no class-data archive was written" >&2; exit 1; }
  echo "class-data archive: $archive ($(du -h "$archive" | cut -f1))"
  options=("-XX:SharedArchiveFile=$archive")
fi
times=()
for run in $(seq 1 "$RUNS"); do
  ms=$(start_and_answer "${options[@]}")
  times+=("$ms")
  echo "run $run: ${ms} ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms (min " a[1] ", max " a[NR] ")"}'
