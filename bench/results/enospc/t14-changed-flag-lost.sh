#!/bin/bash
# A committed transaction whose data-set-changed flag cannot be written (catalog disk full):
# embedded: Java stack trace, workload RC 0; flag lost -> the next incremental (BY(DSCHA,EQ,YES) RESET) dump skips the changed data.
# server:   what the client and the server log see.
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
O=/tmp/eh/o14; rm -rf $O; mkdir -p $O
setup() {
  un /mnt/h11; mk /mnt/h11 64m; C=/mnt/h11/cat; mkdir -p $C
  BWO_CATALOG=$C $BWO settings import testdata/world.json >/dev/null
  BWO_CATALOG=$C $BWO workload init >/dev/null
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwoincr.txt --dd SYSPRINT=$O/i0.txt --dd TAPE=$O/i0.bwo >/dev/null 2>&1; echo "RESET dump rc=$?  DSCHA=YES: $(BWO_CATALOG=$C $BWO catalog list --long | grep -c 'DSCHA-*YES')"
  md5sum $C/data/*.data > $O/md5.before
}
fill1() { avail=$(df -k --output=avail /mnt/h11|tail -1); dd if=/dev/zero of=/mnt/h11/filler bs=4k count=$(( avail/4 - 1 )) 2>/dev/null; }
after() {
  rm -f /mnt/h11/filler
  echo "data files changed: $(md5sum -c $O/md5.before 2>/dev/null | grep -c FAILED)   DSCHA=YES: $(BWO_CATALOG=$C $BWO catalog list --long | grep -c 'DSCHA-*YES')"
  BWO_CATALOG=$C $BWO workload check --ack-log $O/ack.log; echo "check rc=$?"
  BWO_CATALOG=$C $BWO dss --dd SYSIN=testdata/sysin/bwoincr.txt --dd SYSPRINT=$O/i1.txt --dd TAPE=$O/i1.bwo >/dev/null 2>&1; echo "incremental dump rc=$?"
  grep -h 'ADR415W\|BWO506I' $O/i1.txt | cut -c1-120
}
echo "=== embedded"
setup; fill1
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 1 --rate 50 --ack-log $O/ack.log > $O/wl.txt 2>&1; echo "workload rc=$?"; head -3 $O/wl.txt; tail -1 $O/wl.txt
after
echo "=== server"
rm -f $O/ack.log; setup
BWO_CATALOG=$C nice bwo segment serve > $O/serve.txt 2>&1 & SP=$!; sleep 3
fill1
BWO_CATALOG=$C $BWO workload run --seconds 2 --threads 1 --rate 50 --ack-log $O/ack.log > $O/wl2.txt 2>&1; echo "workload rc=$?"; head -3 $O/wl2.txt | cut -c1-250; tail -1 $O/wl2.txt
echo "server log:"; grep -v 'BWO30[0-9]I' $O/serve.txt | head -8 | cut -c1-250
rm -f /mnt/h11/filler
kill -TERM $SP; wait $SP; echo "server rc=$?"
after
un /mnt/h11
