#!/bin/bash
# In a copy of the working tree before cc9bceb (/tmp/benchP), whose default then staged the first GiB of a restore through the page cache, written by the writer threads and forced in 32 MiB stretches ("paced"), against -Dbwo.restore.directio=true ("direct"). Stopped after paced-1: direct-1 of ab5, the same hour, is its pair.
for i in 1 2; do
  for side in paced direct; do
    opts=""; [ $side = direct ] && opts="-Dbwo.restore.directio=true"
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchP && bench/run --quick --suite size --sizes 256,1024 --runs 2 --dss-java-opts "$opts" --out /tmp/ab6/$side-$i.json > /tmp/ab6/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab6/DONE
