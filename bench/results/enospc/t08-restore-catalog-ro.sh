#!/bin/bash
# RESTORE REPLACE whose catalog entries cannot be written (catalog/ bind-mounted read-only), then the same with ENOSPC on a tiny tmpfs for catalog/
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o8; rm -rf $O; mkdir -p $O
un /mnt/h7/cat/catalog; un /mnt/h7; mk /mnt/h7 128m; C=/mnt/h7/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO workload init
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/pd.txt --dd TAPE=$O/d.bwo >/dev/null 2>&1; echo "dump rc=$?"
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 2 --rate 0 >/dev/null
for s in SEG0 SEG1 SEG2; do BWO_CATALOG=$C $BWO segment offline $s >/dev/null; done
printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE) REPLACE\n' > $O/rest.txt
cp -a $C/catalog $O/catalog.before
mount --bind $C/catalog $C/catalog && mount -o remount,ro,bind $C/catalog
BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/rest.txt --dd SYSPRINT=$O/pr1.txt --dd TAPE=$O/d.bwo --run-id RR1 > $O/r1.txt 2>&1; echo "restore (catalog/ read-only) rc=$?"
grep -v "^     " $O/pr1.txt | grep 'E \|S \|W \|ADR012I\|BWO81' | sort | uniq -c | cut -c1-220 | head -20
grep -c 'Exception\|^\s*at ' $O/r1.txt $O/pr1.txt
ls -la $C/.bwo/restore 2>/dev/null; echo "tmp: $(tmps $C | tr '\n' ' ') rst: $(ls $C/data | grep -v '\.data$' | tr '\n' ' ')"
BWO_CATALOG=$C bwo status --run-id RR1 | tail -3
diff -r $O/catalog.before $C/catalog >/dev/null && echo "entries unchanged"
umount $C/catalog
echo "--- re-run (same run id) after making catalog/ writable"
BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/rest.txt --dd SYSPRINT=$O/pr2.txt --dd TAPE=$O/d.bwo --run-id RR1 > $O/r2.txt 2>&1; echo "rerun rc=$?"
grep -v "^     " $O/pr2.txt | grep 'E \|S \|W \|ADR012I\|BWO817\|BWO519\|BWO60' | sort | uniq -c | cut -c1-220 | head -20
echo "tmp: $(tmps $C | tr '\n' ' ') rst: $(ls $C/data | grep -v '\.data$' | tr '\n' ' ') intents: $(ls $C/.bwo/restore 2>/dev/null)"
for s in SEG0 SEG1 SEG2; do BWO_CATALOG=$C $BWO segment online $s >/dev/null; done
BWO_CATALOG=$C bwo workload check; echo "check rc=$?"
BWO_CATALOG=$C bwo status --run-id RR1 | tail -1
un /mnt/h7
