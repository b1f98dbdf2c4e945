#!/bin/bash
# SYSPRINT on a disk with one 4 KiB page free: the listing fails part-way through the dump
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
mk /mnt/h2 1m
C=/tmp/eh/cat2; newcat $C
mkdir -p /tmp/eh/o
for pages in 1 2 3; do
rm -f /mnt/h2/*; dd if=/dev/zero of=/mnt/h2/filler bs=4k count=$((256-pages)) 2>/dev/null; df -k /mnt/h2 | tail -1
rm -f /tmp/eh/o/d$pages.bwo
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=/mnt/h2/p.txt --dd TAPE=/tmp/eh/o/d$pages.bwo --run-id SPP$pages > /tmp/eh/o/spp$pages.out 2>&1; echo rc=$?
grep -v ADR734I /tmp/eh/o/spp$pages.out
ls -la /mnt/h2 /tmp/eh/o | grep -v total; tail -c 400 /mnt/h2/p.txt; echo
BWO_CATALOG=$C $BWO segment status | head -1; BWO_CATALOG=$C $BWO status --run-id SPP$pages; echo status rc=$?
tmps $C /tmp/eh/o /mnt/h2
done
un /mnt/h2
