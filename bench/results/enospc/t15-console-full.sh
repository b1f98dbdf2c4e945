#!/bin/bash
# The local console (BWO_CONSOLE_DIR: WTO log and operator command file) on a full disk during a BWO dump;
# and an operator STATUS / STOP while SYSPRINT's disk is full.
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o15; rm -rf $O; mkdir -p $O
C=/tmp/eh/cat15; newcat $C
mk /mnt/h12 1m; rm -rf /mnt/h12/*; fill /mnt/h12
echo "=== console dir on a full disk"
BWO_CONSOLE_DIR=/mnt/h12 BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p1.txt --dd TAPE=$O/d1.bwo --run-id CON1 > $O/o1.txt 2>&1; echo rc=$?
grep -v ADR734I $O/o1.txt | head -20
grep -h 'BWO50[67]\|ADR012I\|E \|S ' $O/p1.txt | grep -v ADR734I | cut -c1-160
BWO_CATALOG=$C bwo status --run-id CON1 | tail -1; BWO_CATALOG=$C bwo segment status | head -1
un /mnt/h12
