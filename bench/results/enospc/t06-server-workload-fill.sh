#!/bin/bash
# segment server + workload + BWO dump; the catalog disk is filled by a filler file D ms after the dump starts.
# usage: t06 DELAYS_MS...
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o6; mkdir -p $O
for D in "${@:-300}"; do
  un /mnt/h5; mk /mnt/h5 ${SIZE:-48m}; C=/mnt/h5/cat; mkdir -p $C
  BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
  BWO_CATALOG=$C $BWO catalog define OSB.SEG1.BIG01 --segment SEG1 --cis ${BIGCIS:-2048} --bwo-eligible >/dev/null
  BWO_CATALOG=$C $BWO workload init || { echo init failed; continue; }
  rm -f $O/ack$D.log $O/d$D.bwo
  BWO_CATALOG=$C nice bwo segment serve > $O/serve$D.txt 2>&1 & SP=$!
  sleep 2
  BWO_CATALOG=$C nice bwo workload run --seconds ${WSECS:-12} --threads 3 --rate 0 --ack-log $O/ack$D.log > $O/wl$D.txt 2>&1 & WP=$!
  sleep 2
  BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p$D.txt --dd TAPE=$O/d$D.bwo --run-id SV$D > $O/o$D.txt 2>&1 & DP=$!
  python3 -c "import time; time.sleep($D/1000)"
  dd if=/dev/zero of=/mnt/h5/filler bs=64k 2>/dev/null
  wait $DP; drc=$?
  df -k /mnt/h5 | tail -1
  sleep 1
  seg=$(BWO_CATALOG=$C bwo segment status 2>&1 | head -1)
  rm -f /mnt/h5/filler
  wait $WP; wrc=$?
  echo "D=$D dss rc=$drc workload rc=$wrc seg-during-full='$seg'"
  grep -h 'E \|S \|W \|BWO506I\|ADR012I\|Exception\|^\s*at ' $O/o$D.txt $O/p$D.txt $O/wl$D.txt $O/serve$D.txt | grep -v ADR734I | cut -c1-220 | sort | uniq -c | head -20
  BWO_CATALOG=$C bwo segment status 2>&1 | head -1
  BWO_CATALOG=$C bwo status --run-id SV$D 2>&1 | grep -v '^  20' | tail -4
  BWO_CATALOG=$C bwo workload check --ack-log $O/ack$D.log; echo "check rc=$?"
  echo "tmp/debris: $(tmps $C $O | tr '\n' ' ') $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ')"
  BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/q$D.txt --dd TAPE=$O/d$D.bwo --run-id SV$D > $O/r$D.txt 2>&1; echo "rerun rc=$?"
  grep -h 'BWO60[4-9]\|BWO519I\|ADR012I\|E \|S ' $O/q$D.txt $O/r$D.txt | cut -c1-200 | sort | uniq -c | head
  BWO_CATALOG=$C bwo verify $O/d$D.bwo 2>&1 | tail -1
  echo "tmp/debris: $(tmps $C $O | tr '\n' ' ') $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ')"
  kill -TERM $SP; wait $SP; echo "server rc=$?"; tail -3 $O/serve$D.txt
  BWO_CATALOG=$C bwo segment status 2>&1 | head -1
  BWO_CATALOG=$C bwo workload check --ack-log $O/ack$D.log; echo "check rc=$?"
  echo =========
done
un /mnt/h5
