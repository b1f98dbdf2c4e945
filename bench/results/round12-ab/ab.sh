#!/bin/bash
# A/B: the session's start (3f5fcfc) against d4aec0d, alternating, 256 MiB quick size suite.
mkdir -p /tmp/ab-results
for i in 1 2 3 4; do
  for side in old new; do
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/ab-$side && bench/run --quick --suite size --sizes 256 --runs 6 --out /tmp/ab-results/$side-$i.json > /tmp/ab-results/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab-results/DONE
