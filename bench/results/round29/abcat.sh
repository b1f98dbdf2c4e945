#!/usr/bin/env bash
# usage: abcat.sh DUMP N VARIANT... where VARIANT is NAME=CLONE or NAME=CLONE:JAVAOPTS (given to
# the step as BWO_JAVA_OPTS). Each round runs every variant (order rotating), each after a sync, a
# second's rest (REST=) and a cat of the dump (held in the page cache, as the benchmark's RESTORE
# finds it); with DROP_START=1 the dump's first 8 MiB are then dropped from the page cache
# (posix_fadvise DONTNEED), as run AE's 4 GiB RESTORE found it. Prints the step's wall time, its
# pass and its commits (BWO822I).
dump=$1; n=$2; shift 2
vs=("$@")
w=$(mktemp -d); printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)\n' > $w/rst.sysin
for i in $(seq 1 $n); do
  k=${#vs[@]}
  for j in $(seq 0 $((k-1))); do
    v=${vs[$(( (i+j) % k ))]}; name=${v%%=*}; spec=${v#*=}
    clone=${spec%%:*}; opts=""; [ "$spec" != "$clone" ] && opts=${spec#*:}
    rm -rf $w/r; sync; sleep ${REST:-1}; cat $dump > /dev/null
    if [ "${DROP_START:-0}" = 1 ]; then
      python3 -c "import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(fd, 0, 8<<20, os.POSIX_FADV_DONTNEED)" $dump
    fi
    st=$(date +%s%N)
    BWO_JAVA_OPTS="$opts" DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $clone/bin/bwo dss --catalog $w/r > /dev/null 2>&1
    rc=$?; wall=$(( ($(date +%s%N)-st)/1000000 ))
    read p c < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $name rc=$rc wall=$wall pass=$p commits=$c total=$((p+c))"
  done
done
rm -rf $w
