#!/usr/bin/env bash
# usage: ab.sh DUMP SRC N CLONE... : each round restores DUMP with each CLONE in turn (order
# rotating), each after an untimed and a timed cp -r + sync of SRC; prints pass, commits, ratio.
dump=$1; src=$2; n=$3; shift 3
w=/tmp/p22w
echo " RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)" > $w/rst.sysin
clones=("$@")
for i in $(seq 1 $n); do
  k=${#clones[@]}
  for j in $(seq 0 $((k-1))); do
    clone=${clones[$(( (i+j) % k ))]}
    rm -rf $w/r $w/cpx; cp -r $src $w/cpx; rm -rf $w/cpx; sync
    t0=$(date +%s%N); cp -r $src $w/cpx; sync; t1=$(date +%s%N); rm -rf $w/cpx
    cpms=$(( (t1-t0)/1000000 ))
    [ -n "${EVICT:-}" ] && python3 /tmp/p22w/evict.py $dump
    DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r >/dev/null 2>&1
    rc=$?
    read v wr < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $(basename $clone) rc=$rc cp=$cpms pass=$v commits=$wr ratio=$(python3 -c "print(round($cpms/($v+$wr),2))")"
  done
done
