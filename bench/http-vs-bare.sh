#!/usr/bin/env bash
# The service endpoint against a bare Jetty server of the same configuration answering a constant reply of the
# same size, both loaded by the same wrk run settings, one after the other.
#   bench/http-vs-bare.sh [seconds] [connections]
# The requests: agent.get (a small reply) and interaction.getByInteractionId (an interaction with its record).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-15}"
CONNECTIONS="${2:-32}"
SERVICE_PORT=18180
BARE_PORT=18181
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mvn -B -q -DskipTests install
mvn -B -q -pl outbound-adapter-http test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="outbound-adapter-http/target/test-classes:$(cat outbound-adapter-http/target/bench.classpath)"
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s"

java -jar outbound-app/target/outbound.jar serve --port "$SERVICE_PORT" > "$work/service.out" 2>"$work/service.log" &
pids+=($!)
until grep -q "^service: " "$work/service.out" 2>/dev/null; do sleep 0.2; done
S="http://127.0.0.1:$SERVICE_PORT/api/v2/service"
A='Authorization: Bearer demo-token-agent1'
curl -s -H "$A" -d '{"request":"outbound.getPreviewRecord","parameters":["Outbound Campaign Custom"]}' "$S" > /dev/null

cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Authorization"] = "Bearer demo-token-agent1"
wrk.headers["Content-Type"] = "application/json"
LUA

run() { # name url body
  BODY="$3" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$work/post.lua" "$2" > "$work/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/{print $2}' "$work/$1.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/$1.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/$1.txt")
  printf '%-40s %12s req/s   p50 %8s   p99 %8s\n' "$1" "$rps" "$p50" "$p99"
  if grep -q "Non-2xx" "$work/$1.txt"; then grep "Non-2xx" "$work/$1.txt"; fi
  echo "$rps"  > "$work/$1.rps"
}

for request in agent.get interaction.getByInteractionId; do
  if [ "$request" = agent.get ]; then body='{"request":"agent.get","referenceId":"1"}';
  else body='{"request":"interaction.getByInteractionId","parameters":["1"],"referenceId":"1"}'; fi
  curl -s -H "$A" -d "$body" "$S" > "$work/reply.json"
  size=$(wc -c < "$work/reply.json")
  java -cp "$cp" dev.outbound.adapter.http.bench.BareJettyServer "$BARE_PORT" "$work/reply.json" > /dev/null &
  bare=$!
  pids+=($bare)
  until curl -s -o /dev/null -d x "http://127.0.0.1:$BARE_PORT/"; do sleep 0.2; done
  echo "$request: reply of $size bytes"
  BODY="$body" wrk -t2 -c"$CONNECTIONS" -d3s -s "$work/post.lua" "$S" > /dev/null   # warm-up
  BODY="$body" wrk -t2 -c"$CONNECTIONS" -d3s -s "$work/post.lua" "http://127.0.0.1:$BARE_PORT/" > /dev/null
  run "  service  $request" "$S" "$body"
  run "  bare     $request" "http://127.0.0.1:$BARE_PORT/" "$body"
  awk -v s="$(cat "$work/  service  $request.rps")" -v b="$(cat "$work/  bare     $request.rps")" \
    'BEGIN {printf "  service / bare: %.2f\n", s / b}'
  kill "$bare"; wait "$bare" 2>/dev/null || true
done
