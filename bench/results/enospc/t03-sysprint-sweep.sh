#!/bin/bash
# SYSPRINT fails at each line of the listing in turn: a deck padded with N comment bytes, one 4 KiB page free
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
mk /mnt/h2 1m
C=/tmp/eh/cat3; newcat $C
O=/tmp/eh/o3; rm -rf $O; mkdir -p $O
for n in $(seq 0 ${STEP:-130} 4000); do
  { python3 - $n <<'PY'
import sys
n=int(sys.argv[1]); s=''
while n>0:
  k=min(n,60); s+=' /* '+'x'*max(0,k-6)+' */\n'; n-=k
print(s,end='')
PY
  cat testdata/sysin/bwodump.txt; } > $O/deck$n.txt
  rm -f /mnt/h2/*; dd if=/dev/zero of=/mnt/h2/filler bs=4k count=255 2>/dev/null
  BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/deck$n.txt --dd SYSPRINT=/mnt/h2/p.txt --dd TAPE=$O/d$n.bwo --run-id SW$n > $O/o$n.txt 2>&1; rc=$?
  st=$(BWO_CATALOG=$C $BWO status --run-id SW$n | tail -1); src=$?
  seg=$(BWO_CATALOG=$C $BWO segment status | head -1)
  last=$(tail -1 /mnt/h2/p.txt | cut -c1-60)
  trace=$(grep -c '^\s*at \|Exception' $O/o$n.txt)
  err=$(grep -v 'ADR734I\|BWO50[23]I' $O/o$n.txt | tr '\n' '|' | cut -c1-150)
  echo "n=$n rc=$rc trace=$trace dump=$(ls $O/d$n.bwo 2>/dev/null|wc -l) seg='${seg##*: }' status='$st' last='$last' err='$err' tmp=$(tmps $C $O | wc -l)"
done
un /mnt/h2
