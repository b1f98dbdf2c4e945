#!/usr/bin/env bash
# usage: ab2.sh DUMP N CLONE... : each round restores DUMP with each CLONE in turn (order rotating),
# after a sync and a second's rest (no cp just before: see README); prints pass, commits, total.
dump=$1; n=$2; shift 2
w=/tmp/p22w
clones=("$@")
for i in $(seq 1 $n); do
  k=${#clones[@]}
  for j in $(seq 0 $((k-1))); do
    clone=${clones[$(( (i+j) % k ))]}
    rm -rf $w/r; sync; sleep 1
    DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r >/dev/null 2>&1
    rc=$?
    read v wr < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $(basename $clone) rc=$rc pass=$v commits=$wr total=$((v+wr))"
  done
done
