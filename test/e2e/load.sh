#!/bin/sh
# Runs the e2e suite with the CPU busy: one busy loop per core (or LOAD_PROCS of them), for at
# most LOAD_SECONDS, ended when the suite ends however it ends. Arguments go to playwright,
# e.g. `npm run test:e2e:loaded -- test/e2e/sync.spec.ts`.
set -u
procs=${LOAD_PROCS:-$(nproc)}
seconds=${LOAD_SECONDS:-1800}
pids=""
stop_load() {
  for pid in $pids; do kill "$pid" 2>/dev/null; done
}
trap stop_load EXIT
trap 'exit 130' INT TERM
i=0
while [ "$i" -lt "$procs" ]; do
  timeout "$seconds" sh -c 'while :; do :; done' &
  pids="$pids $!"
  i=$((i + 1))
done
echo "load.sh: $procs busy loop(s) running (pids$pids), at most ${seconds}s" >&2
npx playwright test "$@"
