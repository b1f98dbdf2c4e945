#!/bin/bash
# Round 30's A/Bs of the loaded dump's writes: alternating `bench/run --suite size --sizes
# $SIZES --runs 1` (SIZES default 1024), one run per variant per round. A variant is
# NAME=CLONE[:JAVAOPTS]: a clone of the repository, built, and -D options for its dss steps.
#   ab.sh OUTDIR ROUNDS NAME=CLONE[:JAVAOPTS]...
# ab1 and ab2 ran in a clone of ae5d70c with probe-ab12.diff applied (/tmp/b2), e.g.
#   ab.sh /tmp/ab2 4 "3-1024=/tmp/b2:-Dbwo.probe.inflight=3 -Dbwo.probe.blockKib=1024" \
#     "1-1024=/tmp/b2:-Dbwo.probe.inflight=1 -Dbwo.probe.blockKib=1024" \
#     "1-2048=/tmp/b2:-Dbwo.probe.inflight=1 -Dbwo.probe.blockKib=2048"
# ab3 with probe-ab3.diff (/tmp/b3; variants 1024-false, 2048-true, 2048-false: blockKib and
# -Dbwo.probe.inturn); ab4 compared ae5d70c and 20fdb67 themselves:
#   SIZES=256,1024 ab.sh /tmp/ab4 5 old=/tmp/old ag=/tmp/ag
# Then: python3 sum.py OUTDIR...
set -u
out=$1; rounds=$2; shift 2
mkdir -p "$out"
for round in $(seq 1 "$rounds"); do
  for v in "$@"; do
    name=${v%%=*}; rest=${v#*=}; clone=${rest%%:*}; opts=""
    [ "$rest" != "$clone" ] && opts=${rest#*:}
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd "$clone" && bench/run --suite size --sizes "${SIZES:-1024}" --runs 1 \
      --out "$out/r$round-$name.json" ${opts:+"--dss-java-opts=$opts"}) > "$out/r$round-$name.log" 2>&1
    echo "$round $name"; grep 'run 1' "$out/r$round-$name.log"
  done
done
