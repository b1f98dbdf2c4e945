#!/bin/bash
# "new": cc9bceb plus OPTIMIZE(4) pacing its output as if nobody committed (tried and reverted); "old": efba91b. Alternating, 2 runs of the quick size suite each.
for i in 1 2; do
  for side in new old; do
    dir=/tmp/benchP; [ $side = old ] && dir=/tmp/benchR
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd $dir && bench/run --quick --suite size --sizes 256,1024 --runs 2 --out /tmp/ab7/$side-$i.json > /tmp/ab7/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab7/DONE
