#!/bin/bash
# A clone of fffe745 with the paced stretches (the code of 4fe7b5b, the page cache still behind -Dbwo.dump.directio=false);
# stopped after the first alternation to make room for the full run.
# The adaptive page-cache path (-Dbwo.dump.directio=false on the adaptive build) against direct.
mkdir -p /tmp/ab3
for i in 1 2; do
  for side in direct paged; do
    opts=""; [ $side = paged ] && opts="-Dbwo.dump.directio=false"
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchrun2 && bench/run --quick --suite size --sizes 256,1024,4096 --runs 2 --dss-java-opts "$opts" --out /tmp/ab3/$side-$i.json > /tmp/ab3/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab3/DONE
