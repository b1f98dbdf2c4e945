#!/usr/bin/env bash
# usage: rst.sh CLONE DUMP N "opts1" "opts2" ...
clone=$1; dump=$2; n=$3; shift 3
w=/tmp/p22w
echo " RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)" > $w/rst.sysin
for i in $(seq 1 $n); do
  for opts in "$@"; do
    rm -rf $w/r $w/cpx; cp -r $SRC $w/cpx; rm -rf $w/cpx; sync
    t0=$(date +%s%N); cp -r $SRC $w/cpx; sync; t1=$(date +%s%N); rm -rf $w/cpx
    cpms=$(( (t1-t0)/1000000 ))
    BWO_JAVA_OPTS="$opts" DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r 2>&1 | grep PROBE
    line=$(grep -o 'BWO822I.*' $w/rst.prt)
    echo "$i [$opts] cp=$cpms $line"
  done
done
