#!/usr/bin/env bash
# usage: abcpu.sh DUMP N CLONE... : as ab2.sh, with the step's CPU seconds (user+sys) from /usr/bin/time
dump=$1; n=$2; shift 2
w=/tmp/p22w
clones=("$@")
for i in $(seq 1 $n); do
  k=${#clones[@]}
  for j in $(seq 0 $((k-1))); do
    clone=${clones[$(( (i+j) % k ))]}
    rm -rf $w/r; sync; sleep 1
    DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump /usr/bin/time -f "%U %S" -o $w/time.txt $clone/bin/bwo dss --catalog $w/r >/dev/null 2>&1
    rc=$?
    read v wr < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    read u s < $w/time.txt
    echo "$i $(basename $clone) rc=$rc pass=$v commits=$wr total=$((v+wr)) user=$u sys=$s"
  done
done
