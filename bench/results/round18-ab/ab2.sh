#!/usr/bin/env bash
# A/B of 90f3a1b: A and B as in ab1.sh (B now reads a direct dump back with direct I/O); at 4 GiB, G the
# default and H -Dbwo.readback.directio=false (the read-back through the page cache, as before).
cd "$(dirname "$0")/../../.."  # the root of a clone built with mvn -DskipTests package; JSON goes to ab/ (ab2/) there
run() { # name opts sizes
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  echo "== $1 $(date +%T)"
  bench/run --suite size --sizes $3 --runs 1 --dss-java-opts "$2" --out ab2/$1.json > ab2/$1.log 2>&1
  echo "rc $?"
}
for i in 1 2 3; do
  run A$i "-Dbwo.dump.directio=false" 256,1024
  run B$i "" 256,1024
done
for i in 1 2; do
  run G$i "" 4096
  run H$i "-Dbwo.readback.directio=false" 4096
done
