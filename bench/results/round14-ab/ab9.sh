#!/bin/bash
# bin/bwo with its class data sharing archive (e8b470b, "cds") and without (BWO_CDS=off, "plain"), alternating; the quick size suite at 1 GiB, 2 runs each.
for i in 1 2 3; do
  for side in cds plain; do
    c=on; [ $side = plain ] && c=off
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd /tmp/bench15 && BWO_CDS=$c bench/run --quick --suite size --sizes 1024 --runs 2 --out /tmp/ab9/$side-$i.json > /tmp/ab9/$side-$i.log 2>&1)
  done
done
echo done > /tmp/ab9/DONE
