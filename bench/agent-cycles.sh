#!/usr/bin/env bash
# Agent-cycle throughput in the bench command's three modes: runs `outbound bench --mode <mode>` N times per mode
# (default 3) and prints each run's cycles/s and requests/s, then the median with the lowest and highest.
#   bench/agent-cycles.sh [runs] [extra bench options...]
# e.g. bench/agent-cycles.sh 3 --agents 16 --warmup 20 --seconds 20
# Modes can be chosen with MODES="http http-backend" (default: in-process http http-backend).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
shift || true
MODES="${MODES:-in-process http http-backend}"
JAR=outbound-app/target/outbound.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB, options: $*"
for mode in $MODES; do
  cycles=()
  for run in $(seq 1 "$RUNS"); do
    out=$(mktemp)
    if ! java -jar "$JAR" bench --mode "$mode" "$@" > "$out" 2>&1; then
      cat "$out" >&2
      echo "bench --mode $mode failed" >&2
      exit 1
    fi
    line=$(grep ' measured: ' "$out")
    requests=$(sed -E 's/.*\(([0-9]+) requests\/s\).*/\1/' <<< "$line")
    rate=$(sed -E 's/.* measured: ([0-9]+) cycles\/s.*/\1/' <<< "$line")
    note=""
    if dry=$(grep 'no record left to deliver after' "$out"); then
      # the rate while records lasted, which is what the agents could do
      rate=$(sed -E 's/.*: ([0-9]+) cycles\/s until then.*/\1/' <<< "$dry")
      note=" (records ran out; rate while they lasted)"
    fi
    pull=$(awk '$1 == "getPreviewRecord" && NF == 7 {print "getPreviewRecord p50 " $4 " ms, p99 " $6 " ms"}' "$out")
    rm -f "$out"
    cycles+=("$rate")
    echo "$mode run $run: $rate cycles/s, $requests requests/s over the whole measured time$note; $pull"
  done
  printf '%s\n' "${cycles[@]}" | sort -n | awk -v mode="$mode" '{a[NR]=$1}
    END {print mode ": median " a[int((NR+1)/2)] " cycles/s (lowest " a[1] ", highest " a[NR] ")"}'
done
