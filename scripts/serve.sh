#!/usr/bin/env bash
# Start the action server and Rasa together in the foreground; Ctrl-C stops both.
#   scripts/serve.sh run    Rasa's REST channel on 127.0.0.1:$RASA_PORT
#   scripts/serve.sh shell  talk to the assistant in this terminal
# Rasa's HTTP API stays off (--enable-api is never passed): it can load models
# from a request, the class of CVE-2024-49375.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
bin=.venv/engine/bin
model=${RASA_MODEL:-models/assistant.tar.gz}
rasa_port=${RASA_PORT:-5005}
action_port=${ACTION_PORT:-5055}
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

cat <<MSG
==> Ready. Talk to the assistant over the REST channel:
    curl -s -X POST http://127.0.0.1:${rasa_port}/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' -d '{"sender": "test", "message": "hej"}'
    Press Ctrl-C to stop both servers.
MSG
# Stop everything as soon as either server dies.
wait -n "${pids[@]}"
echo "!! A server stopped unexpectedly" >&2
exit 1
