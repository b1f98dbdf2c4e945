#!/bin/bash
# In a clone of e194c1c (reverted by df8d59c): "hybrid" is its default, the first GiB through the page cache and the rest direct in one file; "paged" the page cache throughout.
mkdir -p /tmp/ab4
for i in 1 2; do
  for side in hybrid paged; do
    opts=""; [ $side = paged ] && opts="-Dbwo.dump.directio=false"
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchhy && bench/run --quick --suite size --sizes 1024 --runs 2 --dss-java-opts "$opts" --out /tmp/ab4/$side-$i.json > /tmp/ab4/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab4/DONE
