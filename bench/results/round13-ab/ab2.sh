#!/bin/bash
# A scratch build of fffe745 (not committed): EarlyWriteback.EVERY read from -Dbwo.scratch.everyMiB (default 4),
# so p32 forces every 32 MiB whether or not the applications commit.
mkdir -p /tmp/ab2
for i in 1 2; do
  for side in direct p4 p32; do
    case $side in direct) opts="";; p4) opts="-Dbwo.dump.directio=false";; p32) opts="-Dbwo.dump.directio=false -Dbwo.scratch.everyMiB=32";; esac
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/benchrun && bench/run --quick --suite size --sizes 256,1024 --runs 3 --dss-java-opts "$opts" --out /tmp/ab2/$side-$i.json > /tmp/ab2/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab2/DONE
