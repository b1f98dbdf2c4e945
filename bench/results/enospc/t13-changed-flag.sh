#!/bin/bash
# The data-set-changed flag cannot be written (catalog disk full) on the first update after a RESET dump:
# what does the transaction see, is the flag lost, does the next incremental dump miss the data set?
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o13; rm -rf $O; mkdir -p $O
for free in ${FREES:-1 2 3}; do
un /mnt/h11; mk /mnt/h11 64m; C=/mnt/h11/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO workload init >/dev/null
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwoincr.txt --dd SYSPRINT=$O/i0.txt --dd TAPE=$O/i0.bwo >/dev/null 2>&1; echo "RESET dump rc=$?"
BWO_CATALOG=$C $BWO catalog list --long | grep -c 'CHANGED-*YES'
avail=$(df -k --output=avail /mnt/h11|tail -1); dd if=/dev/zero of=/mnt/h11/filler bs=4k count=$(( avail/4 - free )) 2>/dev/null
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 1 --rate 50 --ack-log $O/ack$free.log > $O/wl$free.txt 2>&1; echo "free=$free workload rc=$?"; cat $O/wl$free.txt | cut -c1-300
wc -l < $O/ack$free.log
rm -f /mnt/h11/filler
BWO_CATALOG=$C $BWO workload check --ack-log $O/ack$free.log; echo "check rc=$?"
echo "changed flags set: $(BWO_CATALOG=$C $BWO catalog list --long | grep -c 'CHANGED-*YES')"
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwoincr.txt --dd SYSPRINT=$O/i$free.txt --dd TAPE=$O/i$free.bwo >/dev/null 2>&1; echo "incremental rc=$?"
grep -h 'ADR415W\|BWO506I\|BWO529I' $O/i$free.txt | cut -c1-150
done
un /mnt/h11
