#!/usr/bin/env bash
# 4 GiB idle dump: D = default (direct above 1 GiB), P = -Dbwo.dump.directio=false (page cache, 256 KiB writes)
set -u
one() {
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  (cd <a clone of ac9e3f7> && bench/run --suite size --sizes 4096 --runs 1 ${2:+--dss-java-opts "$2"} --out bench/results/round21/ab4gib/$1-$3.json > bench/results/round21/ab4gib/$1-$3.txt 2>&1)
  echo "$(date +%T) $1 $3 rc=$?"
}
one D "" 1; one P "-Dbwo.dump.directio=false" 1; one P "-Dbwo.dump.directio=false" 2; one D "" 2
