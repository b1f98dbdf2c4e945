#!/bin/bash
# Round 33: count-suite A/B, ROUNDS rounds of base then new (new first with REV=1), 1 run of 1,000
# data sets each; BASE and NEW are built clones (here ddae02d and 4ff6ce0).   abcount.sh OUT ROUNDS
out=$1; rounds=$2; mkdir -p $out
for r in $(seq 1 $rounds); do
  vs="base new"; [ "${REV:-0}" = 1 ] && vs="new base"
  for v in $vs; do
    dir=${BASE:-/tmp/r33/base}; [ $v = new ] && dir=${NEW:-/tmp/r33/al}
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd $dir && bench/run --suite count --counts 1000 --runs 1 --out $out/r$r-$v.json) > $out/r$r-$v.log 2>&1
    echo "$r $v $(grep '1000 data sets, run' $out/r$r-$v.log)"
  done
done
