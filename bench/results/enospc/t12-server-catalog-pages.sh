#!/bin/bash
# segment server running; the catalog disk has N pages free when a BWO dump starts (journal/owner/side files fail at different points).
# Checks: freeze left on? server still usable? re-run recovers?
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o12; rm -rf $O; mkdir -p $O
un /mnt/h10; mk /mnt/h10 64m; C=/mnt/h10/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO workload init >/dev/null
BWO_CATALOG=$C nice bwo segment serve > $O/serve.txt 2>&1 & SP=$!
sleep 3
for free in ${FREES:-0 1 2 3 4 5 6}; do
  avail=$(df -k --output=avail /mnt/h10|tail -1); dd if=/dev/zero of=/mnt/h10/filler bs=4k count=$(( avail/4 - free )) 2>/dev/null
  BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p$free.txt --dd TAPE=$O/d$free.bwo --run-id SP$free > $O/o$free.txt 2>&1; rc=$?
  seg=$(BWO_CATALOG=$C bwo segment status 2>&1 | head -1); sess=$(BWO_CATALOG=$C bwo segment status 2>&1 | grep 'COPY SESS')
  rm -f /mnt/h10/filler
  echo "free=$free rc=$rc seg='$seg' $sess status='$(BWO_CATALOG=$C bwo status --run-id SP$free 2>&1 | tail -1)'"
  grep -h 'BWO6\|BWO5[0-9][0-9]E\|S \|BWO001E' $O/o$free.txt $O/p$free.txt | grep -v ADR734I | cut -c1-180 | sort -u | sed 's/^/     /'
  echo "     listing ends: $(tail -1 $O/p$free.txt | cut -c1-80)"
  echo "     debris: $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ') $(tmps $C $O| tr '\n' ' ')"
  BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/q$free.txt --dd TAPE=$O/d$free.bwo --run-id SP$free > $O/r$free.txt 2>&1; echo "     rerun rc=$? $(grep -ho 'BWO60[4-7][IWE]\|BWO507E.*' $O/q$free.txt | cut -c1-120 | tr '\n' ' ') debris: $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ')"
done
BWO_CATALOG=$C bwo workload run --seconds 1 --threads 1 --rate 0 | tail -1
kill -TERM $SP; wait $SP; echo "server rc=$?"
grep -v 'BWO30[0-9]I\|BWO20[23]I' $O/serve.txt
un /mnt/h10
