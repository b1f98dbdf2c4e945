#!/bin/bash
# SYSPRINT on a full disk
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
mk /mnt/h2 1m
C=/tmp/eh/cat1; newcat $C
rm -f /mnt/h2/*; fill /mnt/h2; df -h /mnt/h2
mkdir -p /tmp/eh/o
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=/mnt/h2/p.txt --dd TAPE=/tmp/eh/o/d1.bwo --run-id SP1 > /tmp/eh/o/sp1.out 2>&1; echo rc=$?
tail -5 /tmp/eh/o/sp1.out; grep -c . /tmp/eh/o/sp1.out
ls -la /mnt/h2 /tmp/eh/o
BWO_CATALOG=$C $BWO segment status; BWO_CATALOG=$C $BWO status --run-id SP1; echo status rc=$?
# Partially full: leave ~2k
rm -f /mnt/h2/*; dd if=/dev/zero of=/mnt/h2/filler bs=1k count=$(( $(df -k --output=avail /mnt/h2 | tail -1) - 3 )) 2>/dev/null; df -k /mnt/h2
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=/mnt/h2/p.txt --dd TAPE=/tmp/eh/o/d2.bwo --run-id SP2 > /tmp/eh/o/sp2.out 2>&1; echo rc=$?
tail -5 /tmp/eh/o/sp2.out
ls -la /mnt/h2 /tmp/eh/o; tail -3 /mnt/h2/p.txt
BWO_CATALOG=$C $BWO segment status; BWO_CATALOG=$C $BWO status --run-id SP2; echo status rc=$?
un /mnt/h2
