#!/usr/bin/env bash
# Start the action server, Rasa and the gateway in the foreground; Ctrl-C stops all.
#   scripts/serve.sh run    the chat page and API on 127.0.0.1:$GATEWAY_PORT
#   scripts/serve.sh shell  talk to the assistant in this terminal (no gateway)
# Each server is supervised: if one crashes (even kill -9) it is started again,
# and conversations continue from the database. RASA_PORTS="5005,5006" runs
# several Rasa replicas behind the gateway (they share locks through Redis:
# set OUTREACH_REDIS_URL). Rasa's HTTP API stays off (--enable-api is never
# passed): it can load models from a request, the class of CVE-2024-49375.
# GATEWAY_PORTS="8080,8081" runs several gateways (they share the live hub and
# the limits through Redis: set OUTREACH_REDIS_URL); put a proxy in front.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
bin=.venv/engine/bin
model=${RASA_MODEL:-models/assistant.tar.gz}
IFS=, read -r -a rasa_ports <<< "${RASA_PORTS:-${RASA_PORT:-5005}}"
action_port=${ACTION_PORT:-5055}
IFS=, read -r -a gateway_ports <<< "${GATEWAY_PORTS:-${GATEWAY_PORT:-8080}}"
gateway_port=${gateway_ports[0]}
export RASA_TELEMETRY_ENABLED=false
export ACTION_SERVER_URL="http://127.0.0.1:${action_port}/webhook"
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-2}
export PYTHONWARNINGS=${PYTHONWARNINGS:-ignore::DeprecationWarning}

pids=()
stop() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    echo "==> Stopping (${pids[*]})"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# supervise NAME COMMAND...: run COMMAND, start it again when it dies, and give
# up (exit 1) after three crashes within 20 s of starting, e.g. a broken model.
supervise() {
  local name=$1 child=0 quick=0 started status
  shift
  trap 'kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    started=$SECONDS
    "$@" &
    child=$!
    echo "==> $name running (pid $child)"
    status=0
    wait "$child" || status=$?
    if ((SECONDS - started < 20)); then quick=$((quick + 1)); else quick=0; fi
    if ((quick >= 3)); then
      echo "!! $name keeps stopping (exit $status); giving up" >&2
      exit 1
    fi
    echo "!! $name stopped (exit $status); starting it again" >&2
    sleep 1
  done
}

wait_for() {  # wait_for NAME URL SECONDS PID
  local deadline=$((SECONDS + $3))
  until $bin/python -c "import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$2" 2>/dev/null; do
    kill -0 "$4" 2>/dev/null || { echo "!! $1 exited during start-up" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "!! $1 did not answer on $2 within $3 s" >&2; exit 1; }
    sleep 0.5
  done
}

[[ -f $model ]] || { echo "!! No model at $model: run 'make train' first" >&2; exit 1; }

# Rasa keeps its trackers in the gateway's database: create it and the keys first.
.venv/gateway/bin/python -m bot migrate

echo "==> Starting the action server on 127.0.0.1:${action_port}"
SANIC_HOST=127.0.0.1 supervise "The action server" \
  $bin/rasa run actions --actions actions --port "$action_port" &
pids+=($!)
wait_for "The action server" "http://127.0.0.1:${action_port}/health" 60 "${pids[0]}"

if [[ $mode == shell ]]; then
  $bin/python -m engine shell --model "$model" --endpoints endpoints.yml
  exit 0
fi

if ((${#gateway_ports[@]} > 1)) && [[ -z ${OUTREACH_REDIS_URL:-} ]]; then
  echo "!! ${#gateway_ports[@]} gateways need a shared live hub and limits: set OUTREACH_REDIS_URL" >&2
  exit 2
fi
if ((${#rasa_ports[@]} > 1)) && [[ -z ${OUTREACH_REDIS_URL:-} ]]; then
  echo "!! ${#rasa_ports[@]} Rasa replicas need a shared lock store: set OUTREACH_REDIS_URL" >&2
  exit 1
fi
rasa_urls=()
for port in "${rasa_ports[@]}"; do
  echo "==> Starting Rasa on 127.0.0.1:${port} (loading the model takes a little while)"
  # engine.command is Rasa's own command with one speed fix (see engine/command.py).
  supervise "Rasa on port ${port}" $bin/python -m engine run --model "$model" --interface 127.0.0.1 \
    --port "$port" --credentials credentials.yml --endpoints endpoints.yml &
  pids+=($!)
  rasa_urls+=("http://127.0.0.1:${port}")
done
for i in "${!rasa_ports[@]}"; do
  wait_for "Rasa" "http://127.0.0.1:${rasa_ports[$i]}/" 180 "${pids[$((i + 1))]}"
done

for port in "${gateway_ports[@]}"; do
  echo "==> Starting the gateway on 127.0.0.1:${port} (loading the scrubber)"
  OUTREACH_PORT=$port OUTREACH_RASA_URLS=$(IFS=,; echo "${rasa_urls[*]}") \
    supervise "The gateway on port ${port}" .venv/gateway/bin/python -m bot serve &
  pids+=($!)
  wait_for "The gateway" "http://127.0.0.1:${port}/healthz" 120 "${pids[-1]}"
done

cat <<MSG
==> Ready. Open http://127.0.0.1:${gateway_port}/ in a browser to chat.
    Gateways: $(printf 'http://127.0.0.1:%s/ ' "${gateway_ports[@]}")
    Rasa's REST channel (loopback only, what the gateway calls): ${rasa_urls[0]}/webhooks/rest/webhook
    Press Ctrl-C to stop all servers.
MSG
# Crashed servers are started again; stop everything if one cannot be.
wait -n "${pids[@]}"
echo "!! A server could not be kept running" >&2
exit 1
