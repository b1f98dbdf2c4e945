#!/usr/bin/env bash
# A: HEAD; B: 256 KiB page-cache writes; C: B with RESTORE through the page cache
set -u
one() { # name dir opts
  pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
  (cd $2 && bench/run --suite size --sizes 256,1024 --runs 1 ${3:+--dss-java-opts "$3"} --out /tmp/abr/$1-$4.json > /tmp/abr/$1-$4.txt 2>&1)
  echo "$(date +%T) $1 $4 rc=$?"
}
for i in 1 2 3; do
  case $i in
    1) order="A B C";; 2) order="C A B";; 3) order="B C A";;
  esac
  for v in $order; do
    case $v in
      A) one A /tmp/ab-a "" $i;;
      B) one B /tmp/ab-b "" $i;;
      C) one C /tmp/ab-b "-Dbwo.restore.directio=false" $i;;
    esac
  done
done
