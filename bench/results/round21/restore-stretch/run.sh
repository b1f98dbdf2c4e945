#!/usr/bin/env bash
set -u
one() {
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  (cd $2 && bench/run --suite size --sizes 256,1024 --runs 1 --dss-java-opts "-Dbwo.restore.directio=false" --out bench/results/round21/restore-stretch/$1-$3.json > bench/results/round21/restore-stretch/$1-$3.txt 2>&1)
  echo "$(date +%T) $1 $3 rc=$?"
}
one C <a clone of ac9e3f7> 1; one N <the same with StagedDataSet.Writes.STRETCH = 1L << 40> 1; one N /tmp/ab-s 2; one C /tmp/runU 2
