#!/bin/bash
# BWO dump (no server) whose catalog disk has 0..N pages free: the run journal / lock / side files fail at different points
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
mk /mnt/h4 32m
C=/mnt/h4/cat; O=/tmp/eh/o5; rm -rf $O; mkdir -p $O
for free in ${FREES:-0 1 2 3 4 5 6 8}; do
  rm -rf /mnt/h4/*; newcat $C
  BWO_CATALOG=$C $BWO segment status >/dev/null   # lock file exists
  avail=$(df -k --output=avail /mnt/h4|tail -1)
  dd if=/dev/zero of=/mnt/h4/filler bs=4k count=$(( avail/4 - free )) 2>/dev/null
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p$free.txt --dd TAPE=$O/d$free.bwo --run-id CF$free > $O/o$free.txt 2>&1; rc=$?
  trace=$(grep -c '^\s*at \|Exception' $O/o$free.txt $O/p$free.txt | tr '\n' ' ')
  err=$(grep -h 'E \|S \|W ' $O/o$free.txt $O/p$free.txt | grep -v ADR734I | cut -c1-200 | sort -u | tr '\n' '|')
  st=$(BWO_CATALOG=$C $BWO status --run-id CF$free 2>&1| tail -1)
  seg=$(BWO_CATALOG=$C $BWO segment status 2>&1 | head -1)
  echo "free=$free rc=$rc trace=[$trace] dump=$(ls $O/d$free.bwo 2>/dev/null|wc -l) seg='$seg' status='$st' tmp=[$(tmps $C $O | tr '\n' ' ')]"
  echo "   msgs: $err"
  ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock' | head -3
  # re-run after freeing space
  rm -f /mnt/h4/filler
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/q$free.txt --dd TAPE=$O/d$free.bwo --run-id CF$free > $O/r$free.txt 2>&1; rc=$?
  echo "   rerun rc=$rc $(grep -h 'BWO60[4-9]\|BWO519I\|ADR012I\|E \|S ' $O/q$free.txt $O/r$free.txt | cut -c1-160 | sort -u | tr '\n' '|') status=$(BWO_CATALOG=$C $BWO status --run-id CF$free 2>&1| tail -1) tmp=[$(tmps $C $O | tr '\n' ' ')]"
done
rm -rf /mnt/h4/*
un /mnt/h4
