#!/bin/bash
# server + workload + BWO dump of a 226 MB world; the catalog disk is filled the moment the dump thaws (BWO503I in SYSPRINT),
# so that the copy's side files / the redo log / the journal meet ENOSPC during the copy.
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o17; rm -rf $O; mkdir -p $O
un /mnt/h5; mk /mnt/h5 320m; C=/mnt/h5/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO catalog define OSB.SEG1.BIG01 --segment SEG1 --cis 51200 --bwo-eligible >/dev/null
BWO_CATALOG=$C $BWO workload init
BWO_CATALOG=$C nice bwo segment serve > $O/serve.txt 2>&1 & SP=$!
sleep 3
BWO_CATALOG=$C nice bwo workload run --seconds 15 --threads 3 --rate 0 --ack-log $O/ack.log > $O/wl.txt 2>&1 & WP=$!
sleep 2
BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p.txt --dd TAPE=$O/d.bwo --run-id TH1 > $O/o.txt 2>&1 & DP=$!
until grep -q BWO503I $O/p.txt 2>/dev/null || ! kill -0 $DP 2>/dev/null; do sleep 0.02; done
dd if=/dev/zero of=/mnt/h5/filler bs=64k 2>/dev/null; echo "filled at thaw"
wait $DP; echo "dss rc=$?"
sleep 1; rm -f /mnt/h5/filler
wait $WP; echo "workload rc=$?"; cat $O/wl.txt
grep -h 'E \|S \|W \|BWO506I\|ADR012I' $O/p.txt | grep -v ADR734I | cut -c1-220
grep -v 'BWO30[0-9]I\|BWO20[0-3]I' $O/serve.txt | cut -c1-220
BWO_CATALOG=$C bwo segment status | head -1
BWO_CATALOG=$C bwo status --run-id TH1 | grep -v '^  20' | tail -4
BWO_CATALOG=$C bwo workload check --ack-log $O/ack.log; echo "check rc=$?"
echo "debris: $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ') $(tmps $C $O)"
kill -TERM $SP; wait $SP; echo "server rc=$?"
BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/q.txt --dd TAPE=$O/d.bwo --run-id TH1 > $O/r.txt 2>&1; echo "rerun (embedded) rc=$? $(grep -ho 'BWO60[4-7][IWE]' $O/q.txt | tr '\n' ' ')"
BWO_CATALOG=$C bwo verify $O/d.bwo | tail -1
BWO_CATALOG=$C bwo workload check --ack-log $O/ack.log; echo "check rc=$?"
echo "debris: $(ls $C/.bwo | grep -v 'journal\|redo.log\|segment.lock\|segment.sock' | tr '\n' ' ') $(tmps $C $O)"
un /mnt/h5
