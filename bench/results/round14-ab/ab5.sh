#!/bin/bash
# In a clone of efba91b (/tmp/benchR): RESTORE staged with direct I/O (its default) against through the page cache as it then was (-Dbwo.directio=false: written in the reading thread, each data set forced when complete, nothing bounded), alternating. Run 2 of "paged" was stopped.
for i in 1 2; do
  for side in direct paged; do
    opts=""; [ $side = paged ] && opts="-Dbwo.directio=false"
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchR && bench/run --quick --suite size --sizes 256,1024 --runs 2 --dss-java-opts "$opts" --out /tmp/ab5/$side-$i.json > /tmp/ab5/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab5/DONE
