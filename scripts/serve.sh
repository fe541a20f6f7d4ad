#!/usr/bin/env bash
# Start the action server, Rasa and the gateway in the foreground; Ctrl-C stops all.
#   scripts/serve.sh run    the chat page and API on 127.0.0.1:$GATEWAY_PORT
#   scripts/serve.sh shell  talk to the assistant in this terminal (no gateway)
# Rasa's HTTP API stays off (--enable-api is never passed): it can load models
# from a request, the class of CVE-2024-49375.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
bin=.venv/engine/bin
model=${RASA_MODEL:-models/assistant.tar.gz}
rasa_port=${RASA_PORT:-5005}
action_port=${ACTION_PORT:-5055}
gateway_port=${GATEWAY_PORT:-8080}
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
SANIC_HOST=127.0.0.1 $bin/rasa run actions --actions actions --port "$action_port" &
pids+=($!)
wait_for "The action server" "http://127.0.0.1:${action_port}/health" 60 "${pids[0]}"

if [[ $mode == shell ]]; then
  $bin/rasa shell --model "$model" --endpoints endpoints.yml
  exit 0
fi

echo "==> Starting Rasa on 127.0.0.1:${rasa_port} (loading the model takes a little while)"
$bin/rasa run --model "$model" --interface 127.0.0.1 --port "$rasa_port" \
  --credentials credentials.yml --endpoints endpoints.yml &
pids+=($!)
wait_for "Rasa" "http://127.0.0.1:${rasa_port}/" 180 "${pids[1]}"

echo "==> Starting the gateway on 127.0.0.1:${gateway_port} (loading the scrubber)"
OUTREACH_PORT=$gateway_port OUTREACH_RASA_URLS="http://127.0.0.1:${rasa_port}" \
  .venv/gateway/bin/python -m bot serve &
pids+=($!)
wait_for "The gateway" "http://127.0.0.1:${gateway_port}/healthz" 120 "${pids[2]}"

cat <<MSG
==> Ready. Open http://127.0.0.1:${gateway_port}/ in a browser to chat.
    Rasa's REST channel (loopback only, what the gateway calls): http://127.0.0.1:${rasa_port}/webhooks/rest/webhook
    Press Ctrl-C to stop all three servers.
MSG
# Stop everything as soon as either server dies.
wait -n "${pids[@]}"
echo "!! A server stopped unexpectedly" >&2
exit 1
