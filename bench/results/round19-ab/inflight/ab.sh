#!/usr/bin/env bash
# A/B: how many O_DSYNC blocks a direct dump keeps in flight while the applications commit (3: the default; 1; 2).
cd /tmp/abx
run() { # name opts sizes
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  bench/run --suite size --sizes $3 --runs 1 --dss-java-opts "$2" --out ab19/$1.json > ab19/$1.log 2>&1
  echo "rc $?"
}
for i in 1 2 3; do
  run S3_$i "" 256,1024
  run S1_$i "-Dbwo.ab.syncedInFlight=1" 256,1024
  run S2_$i "-Dbwo.ab.syncedInFlight=2" 256,1024
done
