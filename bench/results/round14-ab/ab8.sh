#!/bin/bash
# "batched": complete data sets forced in batches of 64 or 32 MiB (a working tree after 0b0f8f4, not kept); "each": 0b0f8f4 (cc9bceb's code), each forced as it completes (/tmp/bench14). Count suite (--quick: 16 MiB in all), 100 and 1,000 data sets, alternating.
for i in 1 2 3; do
  for side in batched each; do
    dir=/tmp/benchB; [ $side = each ] && dir=/tmp/bench14
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd $dir && bench/run --quick --suite count --counts 100,1000 --runs 1 --out /tmp/ab8/$side-$i.json > /tmp/ab8/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab8/DONE
