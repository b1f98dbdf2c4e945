#!/bin/bash
# The segment server after its redo log hit ENOSPC: space is freed, but the server stays broken and says RUNNING
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o7; rm -rf $O; mkdir -p $O
un /mnt/h6; mk /mnt/h6 64m; C=/mnt/h6/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO workload init
BWO_CATALOG=$C nice bwo segment serve > $O/serve.txt 2>&1 & SP=$!
sleep 3
BWO_CATALOG=$C nice bwo workload run --seconds 6 --threads 3 --rate 0 --ack-log $O/ack.log > $O/wl1.txt 2>&1 & WP=$!
sleep 2; dd if=/dev/zero of=/mnt/h6/filler bs=64k 2>/dev/null; wait $WP; echo "workload (disk filled) rc=$?"; tail -2 $O/wl1.txt
rm -f /mnt/h6/filler; df -h /mnt/h6 | tail -1
echo "--- space freed; segment status:"
BWO_CATALOG=$C bwo segment status; echo rc=$?
echo "--- workload again:"
BWO_CATALOG=$C nice bwo workload run --seconds 2 --threads 1 --rate 0 --ack-log $O/ack.log; echo rc=$?
echo "--- BWO dump:"
BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p.txt --dd TAPE=$O/d.bwo --run-id BRK1; echo rc=$?
grep 'BWO507E\|ADR012I' $O/p.txt
echo "--- segment online/offline:"
BWO_CATALOG=$C bwo segment offline SEG2; echo rc=$?
echo "--- server log:"; cat $O/serve.txt | grep -v BWO30
kill -TERM $SP; wait $SP; echo "server rc=$?"
BWO_CATALOG=$C bwo workload check --ack-log $O/ack.log; echo rc=$?
BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p2.txt --dd TAPE=$O/d.bwo --run-id BRK1 >/dev/null 2>&1; echo "dump after server restart (embedded) rc=$?"
un /mnt/h6
