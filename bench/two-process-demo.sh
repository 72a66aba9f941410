#!/usr/bin/env bash
# The two-process deployment, end to end (see docs/backend-protocol.md, "Running two processes"):
#   process 1: the in-memory backend exposed by the backend-server endpoint (no agent endpoint)
#   process 2: the http backend pointed at process 1, with the agents' service endpoint
# then one agent finishes a whole record through process 2 with curl, the record is checked on process 1, and
# both processes are stopped.
#
#   bench/two-process-demo.sh            uses outbound-app/target/outbound.jar, building it if it is missing
#   bench/two-process-demo.sh --build    builds it first in any case
# Ports and secret can be changed: BACKEND_PORT (8081), SERVICE_PORT (8080), BACKEND_SECRET.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKEND_PORT="${BACKEND_PORT:-8081}"
SERVICE_PORT="${SERVICE_PORT:-8080}"
BACKEND_SECRET="${BACKEND_SECRET:-demo-backend-secret}"
AGENT_TOKEN="demo-token-agent1"
AGENT_ID="agent1"
CAMPAIGN="Outbound Campaign Custom"
JAR="outbound-app/target/outbound.jar"
BACKEND="http://127.0.0.1:${BACKEND_PORT}"
SERVICE="http://127.0.0.1:${SERVICE_PORT}"
LOGS="$(mktemp -d)"
PIDS=()

if [ "${1:-}" = "--build" ] || [ ! -f "$JAR" ]; then
  echo "building $JAR ..."
  mvn -B -q -DskipTests install
fi

stop_all() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT

fail() {
  echo "FAILED: $*" >&2
  echo "--- process 1 (backend server) log: $LOGS/backend.log" >&2
  tail -n 20 "$LOGS/backend.log" >&2 || true
  echo "--- process 2 (agents' service) log: $LOGS/service.log" >&2
  tail -n 20 "$LOGS/service.log" >&2 || true
  exit 1
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port_free "$BACKEND_PORT" || fail "port $BACKEND_PORT is in use; set BACKEND_PORT"
port_free "$SERVICE_PORT" || fail "port $SERVICE_PORT is in use; set SERVICE_PORT"

# wait_for <what> <command...>: runs the command every 200 ms until it succeeds, for at most 30 s.
wait_for() {
  local what="$1"; shift
  for _ in $(seq 1 150); do
    if ( "$@" ) >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  fail "$what did not come up within 30 s"
}

echo "process 1: the in-memory backend behind the backend server on $BACKEND"
java -Doutbound.backend=mock \
     -Doutbound.endpoints=backend-server \
     -Doutbound.endpoint.backend-server.port="$BACKEND_PORT" \
     -Doutbound.endpoint.backend-server.secret="$BACKEND_SECRET" \
     -jar "$JAR" serve >"$LOGS/backend.log" 2>&1 &
PIDS+=("$!")
wait_for "the backend server" curl -sf -H "Authorization: Bearer $BACKEND_SECRET" \
  "$BACKEND/agents/$AGENT_ID/campaigns?req=CampaignStatus"

echo "process 2: the http backend and the agents' service on $SERVICE"
java -Doutbound.backend=http \
     -Doutbound.backend.http.url="$BACKEND" \
     -Doutbound.backend.http.secret="$BACKEND_SECRET" \
     -Doutbound.endpoints=service \
     -Doutbound.endpoint.service.port="$SERVICE_PORT" \
     -jar "$JAR" serve >"$LOGS/service.log" 2>&1 &
PIDS+=("$!")

# service <request> <parameters as JSON>: one envelope to process 2; prints the reply, fails on an error.
service() {
  local reply status
  reply="$(curl -sS -w '\n%{http_code}' -X POST "$SERVICE/api/v2/service" \
    -H "Authorization: Bearer $AGENT_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"request\":\"$1\",\"parameters\":$2,\"referenceId\":\"demo\",\"userAgent\":\"WWE Client\",\"protocolVersion\":2}")" \
    || fail "$1: process 2 did not answer"
  status="${reply##*$'\n'}"
  reply="${reply%$'\n'*}"
  if [ "$status" != 200 ] || [[ "$reply" == *'"errorMessage"'* ]]; then
    fail "$1 answered $status: $reply"
  fi
  printf '%s' "$reply"
}

# field <name> <json>: a string or number member, the first one of that name.
field() {
  printf '%s' "$2" | grep -o "\"$1\":\\(\"[^\"]*\"\\|[0-9-]*\\)" | head -n 1 | sed -e "s/^\"$1\"://" -e 's/^"//' -e 's/"$//'
}

wait_for "the agents' service" service system.getAllowedServices '[]'

echo "1. getPreviewRecord \"$CAMPAIGN\""
reply="$(service outbound.getPreviewRecord "[\"$CAMPAIGN\"]")"
preview="$(field interactionId "$reply")"
handle="$(field recordHandle "$reply")"
[ -n "$preview" ] && [ -n "$handle" ] || fail "getPreviewRecord: no interaction in $reply"
echo "   preview interaction $preview, record handle $handle"

echo "2. callPreviewRecord $preview $handle"
reply="$(service outbound.callPreviewRecord "[\"$preview\",$handle]")"
call="$(field interactionId "$reply")"
[ -n "$call" ] || fail "callPreviewRecord: no call interaction in $reply"
echo "   call interaction $call"

echo "3. waiting for the call to connect"
state=""
for _ in $(seq 1 100); do
  state="$(field state "$(service interaction.getByInteractionId "[\"$call\"]")")"
  if [ "$state" = ACTIVE ] || [ "$state" = COMPLETED ]; then break; fi
  sleep 0.1
done
[ "$state" = ACTIVE ] || [ "$state" = COMPLETED ] || fail "the call stayed $state"
echo "   call is $state"

if [ "$state" = ACTIVE ]; then
  echo "4. voice.hangUp $call"
  service voice.hangUp "[\"$call\"]" >/dev/null
else
  echo "4. (the call did not connect: nothing to hang up)"
fi

echo "5. setCallResult $call 33 (ANSWER)"
service outbound.setCallResult "[\"$call\",\"33\"]" >/dev/null

echo "6. interaction.markdone $call"
service interaction.markdone "[\"$call\"]" >/dev/null

echo "7. process 1 has processed record $handle"
answer="$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $BACKEND_SECRET" \
  "$BACKEND/records/$handle?req=ChainedRecordRequest&GSW_AGENT_ID=$AGENT_ID")"
[ "${answer##*$'\n'}" = 404 ] && [[ "$answer" == *RECORD_NOT_FOUND* ]] \
  || fail "record $handle is still held on process 1: $answer"
echo "   ChainedRecordRequest on process 1: RECORD_NOT_FOUND (the handle is finished)"

echo "two-process demo: OK (logs in $LOGS)"
