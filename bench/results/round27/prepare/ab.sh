#!/usr/bin/env bash
# usage: ab.sh DUMP N CLONE... : each round restores DUMP with each CLONE in turn (order rotating),
# into a new catalog, after a sync and a second's rest; prints the step's wall time (process start
# to exit), the pass and the commits (BWO822I).
dump=$1; n=$2; shift 2
w=/tmp/ab27/w; mkdir -p $w
printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)\n' > $w/rst.sysin
clones=("$@")
for c in "${clones[@]}"; do  # each clone's first run archives its classes: not counted
  rm -rf $w/r; DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $c/bin/bwo dss --catalog $w/r >/dev/null 2>&1
done
cat $dump >/dev/null
for i in $(seq 1 $n); do
  k=${#clones[@]}
  for j in $(seq 0 $((k-1))); do
    clone=${clones[$(( (i+j) % k ))]}
    rm -rf $w/r; sync; sleep ${REST:-1}
    s=$(date +%s%N)
    DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r >/dev/null 2>&1
    rc=$?; e=$(date +%s%N)
    read v wr < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $(basename $clone) rc=$rc wall=$(( (e-s)/1000000 )) pass=$v commits=$wr total=$((v+wr))"
  done
done
