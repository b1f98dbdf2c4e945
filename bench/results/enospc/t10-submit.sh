#!/bin/bash
# bwo submit: SYSOUT (job output folder) on a full disk; NEW data set (TAPE GDG generation, datasets/) on a full disk
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o10; rm -rf $O; mkdir -p $O
C=/tmp/eh/cat10; newcat $C
echo "=== baseline"; $BWO submit jcl/BWODUMP --catalog $C --output $O/base --set "RUNOPT=--run-id SUB0" > $O/s0.txt 2>&1; echo rc=$?; tail -3 $O/s0.txt; ls $O/base; ls -R $C/datasets | head
mk /mnt/h8 2m; rm -rf /mnt/h8/*; mkdir -p /mnt/h8/out; fill /mnt/h8
echo "=== SYSOUT on a full disk"
$BWO submit jcl/BWODUMP --catalog $C --output /mnt/h8/out --set "RUNOPT=--run-id SUB1" > $O/s1.txt 2>&1; echo rc=$?
grep -v ADR734I $O/s1.txt | head -30; grep -c '^\s*at ' $O/s1.txt
ls -la /mnt/h8/out; tmps /mnt/h8 $C
BWO_CATALOG=$C bwo status --run-id SUB1 | tail -2; BWO_CATALOG=$C bwo segment status | head -1
ls -la $C/datasets/* | head
echo "=== SYSOUT with a few pages free"
for pages in 1 2 4 8; do
rm -rf /mnt/h8/*; mkdir -p /mnt/h8/out; dd if=/dev/zero of=/mnt/h8/filler bs=4k count=$(( $(df -k --output=avail /mnt/h8|tail -1)/4 - pages )) 2>/dev/null
$BWO submit jcl/BWODUMP --catalog $C --output /mnt/h8/out --set "RUNOPT=--run-id SUBP$pages" > $O/sp$pages.txt 2>&1; rc=$?
echo "pages=$pages rc=$rc traces=$(grep -c '^\s*at ' $O/sp$pages.txt) msgs=$(grep -v ADR734I $O/sp$pages.txt | grep -o '\(BWO\|ADR\|IEF\|IEC\|\$HASP\)[0-9]*[A-Z]' | sort | uniq -c | tr '\n' ' ')"
grep 'E \|S \|Exception' $O/sp$pages.txt | grep -v ADR734I | head -5 | cut -c1-200
echo "   status: $(BWO_CATALOG=$C bwo status --run-id SUBP$pages | tail -1)  tmp: $(tmps /mnt/h8 $C | tr '\n' ' ')"
done
echo "=== NEW data set (datasets/) on a full disk"
rm -rf /mnt/h8/*; mkdir -p $C/datasets; mount --bind /mnt/h8 $C/datasets; cp -a /dev/null /dev/null; fill /mnt/h8
$BWO submit jcl/BWODUMP --catalog $C --output $O/new1 --set "RUNOPT=--run-id SUBN1" > $O/n1.txt 2>&1; echo rc=$?
grep -v ADR734I $O/n1.txt | grep 'E \|S \|W \|Exception\|^\s*at \|IEF\|JOB\|RC' | head -30 | cut -c1-200
ls -la $C/datasets /mnt/h8; tmps $C /mnt/h8
BWO_CATALOG=$C bwo status --run-id SUBN1 | tail -2; BWO_CATALOG=$C bwo segment status | head -1
rm -f /mnt/h8/filler
$BWO submit jcl/BWODUMP --catalog $C --output $O/new2 --set "RUNOPT=--run-id SUBN1" > $O/n2.txt 2>&1; echo "rerun rc=$?"
grep -v ADR734I $O/n2.txt | grep 'E \|S \|W \|BWO60\|BWO519\|Exception' | head -10 | cut -c1-200
ls -la /mnt/h8; tmps $C /mnt/h8
umount $C/datasets; un /mnt/h8
