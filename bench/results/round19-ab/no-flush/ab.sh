#!/usr/bin/env bash
# A/B: F = 83d1083 (the dss syncs the data files before FREEZE), N = without that sync; 256 MiB and 1 GiB.
run() { # name dir
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  (cd $2 && bench/run --suite size --sizes 256,1024 --runs 1 --out /tmp/ab19h/$1.json > /tmp/ab19h/$1.log 2>&1)
  echo "rc $?"
}
for i in 1 2 3 4; do
  run F$i /tmp/abF
  run N$i /tmp/abN
done
