#!/usr/bin/env bash
# usage: abcat.sh DUMP N CLONE VARIANT... where VARIANT is name=javaopts; each round runs every
# variant (order rotating), each after a sync, a second's rest and a cat of the dump (held in the
# page cache as the benchmark's RESTORE finds it); prints wall, pass and commits (BWO822I).
dump=$1; n=$2; clone=$3; shift 3
vs=("$@")
w=$(mktemp -d); printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)\n' > $w/rst.sysin
for i in $(seq 1 $n); do
  k=${#vs[@]}
  for j in $(seq 0 $((k-1))); do
    v=${vs[$(( (i+j) % k ))]}; name=${v%%=*}; opts=${v#*=}
    rm -rf $w/r; sync; sleep ${REST:-1}; cat $dump > /dev/null
    st=$(date +%s%N)
    BWO_JAVA_OPTS="$opts" DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r > /dev/null 2>&1
    rc=$?; wall=$(( ($(date +%s%N)-st)/1000000 ))
    read p c < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $name rc=$rc wall=$wall pass=$p commits=$c total=$((p+c))"
  done
done
rm -rf $w
