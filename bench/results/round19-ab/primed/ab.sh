#!/usr/bin/env bash
# A/B of 74a0864 at 256 MiB and 1 GiB: A without the primed copy buffers (CopyPhase back on PageAligned.allocate), B 74a0864 (7c7adb4's bench in both).
run() { # name dir
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  (cd $2 && bench/run --suite size --sizes 256,1024 --runs 1 --out /tmp/ab19f/$1.json > /tmp/ab19f/$1.log 2>&1)
  echo "rc $?"
}
for i in 1 2 3 4 5; do
  run A$i /tmp/abA
  run B$i /tmp/abB
done
