#!/usr/bin/env bash
# A/B: the freeze at 1,000 data sets, F = 83d1083 (the data files synced before FREEZE), N = without that sync.
run() { # name dir
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  (cd $2 && bench/run --suite count --counts 1000 --runs 1 --out /tmp/ab19i/$1.json > /tmp/ab19i/$1.log 2>&1)
  echo "rc $?"
}
for i in 1 2 3 4; do
  run F$i /tmp/abF
  run N$i /tmp/abN
done
