#!/usr/bin/env bash
# Start-up time to the first served request: launches `serve` on a free port, and measures from the launch until
# the first envelope is answered. Runs it N times (default 5) and prints each time and the median.
#   bench/startup-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
JAR=outbound-app/target/outbound.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB"
times=()
for run in $(seq 1 "$RUNS"); do
  out=$(mktemp)
  start=$(date +%s%N)
  java -jar "$JAR" serve --port 0 > "$out" 2>/dev/null &
  pid=$!
  address=""
  while [ -z "$address" ]; do
    address=$(sed -n 's/^service: //p' "$out")
    kill -0 "$pid" 2>/dev/null || { echo "the service did not start" >&2; exit 1; }
  done
  until curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer demo-token-agent1' \
      -d '{"request":"agent.get"}' "${address}api/v2/service" | grep -q 200; do :; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$out"
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $run: ${ms} ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms (min " a[1] ", max " a[NR] ")"}'
