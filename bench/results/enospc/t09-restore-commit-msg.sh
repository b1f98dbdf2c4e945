#!/bin/bash
# After a RESTORE whose catalog update failed: are the data files already replaced? what does the listing tell? what if SEG is brought ONLINE?
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o9; rm -rf $O; mkdir -p $O
un /mnt/h7/cat/catalog; un /mnt/h7; mk /mnt/h7 128m; C=/mnt/h7/cat; mkdir -p $C
BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
BWO_CATALOG=$C $BWO workload init >/dev/null
BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/pd.txt --dd TAPE=$O/d.bwo >/dev/null 2>&1; echo "dump rc=$?"
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 2 --rate 0 >/dev/null
for s in SEG0 SEG1 SEG2; do BWO_CATALOG=$C $BWO segment offline $s >/dev/null; done
printf ' RESTORE DATASET(INCLUDE(**)) INDDNAME(TAPE) REPLACE\n' > $O/rest.txt
md5sum $C/data/OSB.SEG1.PAGE01.data > $O/md5.before
mount --bind $C/catalog $C/catalog && mount -o remount,ro,bind $C/catalog
BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/rest.txt --dd SYSPRINT=$O/pr1.txt --dd TAPE=$O/d.bwo > $O/r1.txt 2>&1; echo "restore (catalog/ read-only) rc=$?"
umount $C/catalog
md5sum -c $O/md5.before && echo "data file NOT replaced" || echo "data file ALREADY REPLACED although the listing says NOT PROCESSED"
grep -c "COMMITTED\|NEXT RESTORE" $O/pr1.txt
echo "--- operator believes the listing, brings SEG1 online and runs the workload"
BWO_CATALOG=$C $BWO segment online SEG1; echo rc=$?
BWO_CATALOG=$C $BWO catalog list 'OSB.SEG1.*' --long | grep -i 'updated\|changed' | head -3
BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/rest.txt --dd SYSPRINT=$O/pr2.txt --dd TAPE=$O/d.bwo > $O/r2.txt 2>&1; echo "restore again rc=$?"
grep 'BWO820E\|ADR012I' $O/pr2.txt | cut -c1-200
un /mnt/h7
