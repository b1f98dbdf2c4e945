#!/bin/bash
# Read-only file systems (remount,ro of a tmpfs; root bypasses chmod): catalog, SYSPRINT dir, TAPE dir, settings export dir
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o16; rm -rf $O; mkdir -p $O
un /mnt/h13; mk /mnt/h13 64m; C=/mnt/h13/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null; BWO_CATALOG=$C $BWO workload init >/dev/null
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p0.txt --dd TAPE=$O/d0.bwo --run-id RO0 >/dev/null 2>&1
mount -o remount,ro /mnt/h13
echo "=== catalog read-only"
for cmd in "segment status" "catalog list" "status --run-id RO0" "workload check" "settings export $O/s.json" "verify $O/d0.bwo"; do
  BWO_CATALOG=$C nice bwo $cmd > $O/x.txt 2>&1; rc=$?; echo "bwo $cmd -> rc=$rc: $(head -2 $O/x.txt | cut -c1-200 | tr '\n' '|') traces=$(grep -c '^\s*at ' $O/x.txt)"
done
BWO_CATALOG=$C nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p1.txt --dd TAPE=$O/d1.bwo --run-id RO1 > $O/o1.txt 2>&1; echo "dss dump -> rc=$? $(cat $O/o1.txt | head -3 | tr '\n' '|') $(grep -h 'E \|S \|ADR012I' $O/p1.txt | cut -c1-200 | tr '\n' '|')"
mount -o remount,rw /mnt/h13
echo "=== SYSPRINT / TAPE / export target read-only"
mkdir -p /mnt/h13/out; mount -o remount,ro /mnt/h13
BWO_CATALOG=$O/../cat15 true
C2=/tmp/eh/cat16; newcat $C2
BWO_CATALOG=$C2 nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=/mnt/h13/out/p.txt --dd TAPE=$O/d2.bwo --run-id RO2 > $O/o2.txt 2>&1; echo "SYSPRINT ro -> rc=$? $(head -3 $O/o2.txt | tr '\n' '|')"
BWO_CATALOG=$C2 nice bwo dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p3.txt --dd TAPE=/mnt/h13/out/d.bwo --run-id RO3 > $O/o3.txt 2>&1; echo "TAPE ro -> rc=$? $(grep -h 'BWO50[67]\|BWO4\|ADR012I' $O/p3.txt | cut -c1-200 | tr '\n' '|')"
BWO_CATALOG=$C2 nice bwo settings export /mnt/h13/out/s.json > $O/o4.txt 2>&1; echo "settings export ro -> rc=$? $(cat $O/o4.txt)"
BWO_CATALOG=$C2 nice bwo submit jcl/BWODUMP --output /mnt/h13/out/job > $O/o5.txt 2>&1; echo "submit --output ro -> rc=$? $(tail -2 $O/o5.txt | tr '\n' '|')"
mount -o remount,rw /mnt/h13; un /mnt/h13
