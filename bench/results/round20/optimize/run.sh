#!/bin/bash
cd /tmp/r20o
for round in 1 2; do
  for o in 2 3 4; do
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    bench/run --suite size --sizes 256,1024 --runs 1 --fast-optimize $o --out /tmp/optab/opt$o-$round.json > /tmp/optab/opt$o-$round.log 2>&1
  done
done
echo done > /tmp/optab/DONE
