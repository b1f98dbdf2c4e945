#!/usr/bin/env bash
# usage: ab.sh N VARIANT... where VARIANT is name=javaopts; each round runs every variant (order rotating)
n=$1; shift
vs=("$@")
for i in $(seq 1 $n); do
  k=${#vs[@]}
  for j in $(seq 0 $((k-1))); do
    v=${vs[$(( (i+j) % k ))]}; name=${v%%=*}; opts=${v#*=}
    rm -rf r; sync; sleep ${REST:-1}
    st=$(date +%s%N)
    BWO_JAVA_OPTS="$opts" DD_SYSIN=rst.sysin DD_SYSPRINT=rst.prt DD_TAPE=${DUMP:-/tmp/r28/d256.bwo} ${CLONE:-/tmp/r28/probe}/bin/bwo dss --catalog r > out.txt 2> err-$name-$i.txt
    wall=$(( ($(date +%s%N)-st)/1000000 ))
    read p c < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' rst.prt | awk '{print $2, $5}')
    echo "$i $name rc=0 wall=$wall pass=$p commits=$c total=$((p+c))"
  done
done
