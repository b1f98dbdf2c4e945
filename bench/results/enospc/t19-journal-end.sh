#!/bin/bash
# The run journal's last writes (a phase line, SUCCEEDED/FAILED, owner.json at close) meet ENOSPC: catalog disk with 2 or 3 pages free.
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o19; rm -rf $O; mkdir -p $O
for free in 2 3; do
  un /mnt/h4; mk /mnt/h4 64m; C=/mnt/h4/cat; mkdir -p $C; newcat $C; BWO_CATALOG=$C $BWO segment status >/dev/null
  avail=$(df -k --output=avail /mnt/h4|tail -1); dd if=/dev/zero of=/mnt/h4/filler bs=4k count=$(( avail/4 - free )) 2>/dev/null
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/p$free.txt --dd TAPE=$O/d$free.bwo --run-id JE$free > $O/o$free.txt 2>&1; echo "free=$free pages: dss rc=$?"
  echo "  stderr:   $(grep -v 'ADR734I\|BWO50[23]I' $O/o$free.txt)"
  echo "  listing ends with: $(tail -1 $O/p$free.txt)"
  echo "  journal:"; sed 's/^/    /' $C/.bwo/journal/JE$free/attempt-000001.jsonl | cut -c1-160; echo
  echo "  owner.json: $(cat $C/.bwo/journal/JE$free/owner.json)"
  rm -f /mnt/h4/filler
  BWO_CATALOG=$C bwo status --run-id JE$free | grep -v '^  20'; echo "  status rc=$?"
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwodump.txt --dd SYSPRINT=$O/q$free.txt --dd TAPE=$O/d$free.bwo --run-id JE$free > /dev/null 2>&1; echo "  rerun rc=$?: $(grep -o 'BWO60[4-7][IWE].*' $O/q$free.txt | cut -c1-150 | tr '\n' '|')"
done
un /mnt/h4
