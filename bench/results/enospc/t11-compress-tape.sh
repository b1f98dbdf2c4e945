#!/bin/bash
# COMPRESS dump, TAPE on a tmpfs with N KiB free, over an existing good dump; also the listing says what
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o11; rm -rf $O; mkdir -p $O
C=/tmp/eh/cat11; newcat $C
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 2 --rate 0 > /dev/null
printf ' DUMP DATASET(INCLUDE(OSB.**) EXCLUDE(OSB.SEG9.** OSB.TEMP.**)) -\n      OUTDDNAME(TAPE) CONCURRENT COMPRESS\n' > $O/deck.txt
BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/deck.txt --dd SYSPRINT=$O/p0.txt --dd TAPE=$O/full.bwo >/dev/null 2>&1; ls -la $O/full.bwo
un /mnt/h9; mk /mnt/h9 24m
for kb in 0 4 64 512 1024 2048 4096; do
  rm -rf /mnt/h9/*; cp $O/full.bwo /mnt/h9/d.bwo; md5=$(md5sum < /mnt/h9/d.bwo)
  avail=$(df -k --output=avail /mnt/h9|tail -1); dd if=/dev/zero of=/mnt/h9/filler bs=1k count=$((avail-kb)) 2>/dev/null
  BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/deck.txt --dd SYSPRINT=$O/p$kb.txt --dd TAPE=/mnt/h9/d.bwo --run-id CMP$kb > $O/o$kb.txt 2>&1; rc=$?
  same=$([ "$(md5sum < /mnt/h9/d.bwo)" = "$md5" ] && echo old-intact || echo CHANGED)
  echo "free=${kb}k rc=$rc $same traces=$(grep -c '^\s*at ' $O/o$kb.txt $O/p$kb.txt | tr '\n' ' ') tmp=[$(ls -a /mnt/h9 | grep tmp | tr '\n' ' ')] seg=$(BWO_CATALOG=$C bwo segment status | head -1 | awk '{print $NF, $(NF-1)}')"
  grep -h 'BWO50[67]\|BWO4\|ADR012I\|S \|BWO001E' $O/p$kb.txt $O/o$kb.txt | cut -c1-200 | sort -u
  rm -f /mnt/h9/filler
  BWO_CATALOG=$C $BWO dss --dd SYSIN=$O/deck.txt --dd SYSPRINT=$O/q$kb.txt --dd TAPE=/mnt/h9/d.bwo --run-id CMP$kb > /dev/null 2>&1; echo "   rerun rc=$? $(BWO_CATALOG=$C bwo verify /mnt/h9/d.bwo 2>&1 | tail -1 | cut -c1-100) tmp=[$(ls -a /mnt/h9 | grep tmp | tr '\n' ' ')]"
done
un /mnt/h9
