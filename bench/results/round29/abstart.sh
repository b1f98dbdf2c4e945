#!/usr/bin/env bash
# usage: abstart.sh DUMP N CLONE... : each round restores DUMP with each CLONE in turn (order
# rotating), each after a sync, a second's rest, a cat of the dump and then its first 8 MiB
# dropped from the page cache (posix_fadvise DONTNEED): the dump held there but for its start, as
# run AE's 4 GiB RESTORE found it. Prints wall, pass and commits (BWO822I).
dump=$1; n=$2; shift 2
clones=("$@")
w=$(mktemp -d); printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE)\n' > $w/rst.sysin
for i in $(seq 1 $n); do
  k=${#clones[@]}
  for j in $(seq 0 $((k-1))); do
    c=${clones[$(( (i+j) % k ))]}
    rm -rf $w/r; sync; sleep ${REST:-1}; cat $dump > /dev/null
    python3 -c "import os,sys; fd=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(fd, 0, 8<<20, os.POSIX_FADV_DONTNEED)" $dump
    st=$(date +%s%N)
    DD_SYSIN=$w/rst.sysin DD_SYSPRINT=$w/rst.prt DD_TAPE=$dump $c/bin/bwo dss --catalog $w/r > /dev/null 2>&1
    rc=$?; wall=$(( ($(date +%s%N)-st)/1000000 ))
    read p m < <(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' $w/rst.prt | awk '{print $2, $5}')
    echo "$i $(basename $c) rc=$rc wall=$wall pass=$p commits=$m total=$((p+m))"
  done
done
rm -rf $w
