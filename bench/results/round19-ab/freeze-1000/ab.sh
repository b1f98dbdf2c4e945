#!/usr/bin/env bash
# A/B of 74a0864 on the freeze window at 1,000 data sets: A without the primed copy buffers, B with.
run() { # name dir
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  (cd $2 && bench/run --suite count --counts 1000 --runs 1 --out /tmp/ab19g/$1.json > /tmp/ab19g/$1.log 2>&1)
  echo "rc $?"
}
for i in 1 2 3 4; do
  run A$i /tmp/abA
  run B$i /tmp/abB
done
