#!/usr/bin/env bash
# A/B: the copy buffers primed by a read of /dev/zero before FREEZE (P) against not (D), 256 MiB.
cd /tmp/abt
run() { # name opts
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  bench/run --suite size --sizes 256 --runs 1 --dss-java-opts "$2" --out ab19p/$1.json > ab19p/$1.log 2>&1
  echo "rc $?"
}
for i in 1 2 3 4 5 6 7 8; do
  run D_$i ""
  run P_$i "-Dbwo.ab.prime=true"
done
