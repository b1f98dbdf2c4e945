#!/usr/bin/env bash
# A/B of 361e71a: A -Dbwo.dump.directio=false (a dump of up to 1 GiB through the page cache, as before),
# B the default (direct while the applications commit). Alternating, sizes 256 and 1024 MiB.
cd "$(dirname "$0")/../../.."  # the root of a clone built with mvn -DskipTests package; JSON goes to ab/ (ab2/) there
for i in 1 2 3; do
  for v in A B; do
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    opts=""; [ $v = A ] && opts="-Dbwo.dump.directio=false"
    echo "== $v$i $(date +%T)"
    bench/run --suite size --sizes 256,1024 --runs 1 --dss-java-opts "$opts" --out ab/$v$i.json > ab/$v$i.log 2>&1
    echo "rc $?"
  done
done
