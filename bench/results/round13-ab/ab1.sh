#!/bin/bash
# Run in a clone of fffe745 (/tmp/benchrun): the page-cache path forced every 4 MiB, as shipped then.
# Page-cache dump path (-Dbwo.dump.directio=false) against direct, idle and loaded, quick size suite.
mkdir -p /tmp/ab1
for i in 1 2; do
  for side in direct paged; do
    opts=""; [ $side = paged ] && opts="-Dbwo.dump.directio=false"
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchrun && bench/run --quick --suite size --sizes 256,1024 --runs 3 --dss-java-opts "$opts" --out /tmp/ab1/$side-$i.json > /tmp/ab1/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab1/DONE
