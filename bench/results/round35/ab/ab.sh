#!/bin/bash
# Round 35's A/Bs: `bench/run --suite size --sizes $SIZES --runs 1` (SIZES default 1024), one run
# per variant per round, the order rotating each round. A variant is NAME=CLONE[:JAVAOPTS][|WRAP]:
# a built clone (round 31's trace/trace-bench.diff applied, so each transaction is kept), -D
# options for its dss steps, and a command its dss steps run under (nice -n 19, chrt -i 0,
# taskset -c 1), through the scratch hook of bwo-dss-wrap.diff (BWO_DSS_WRAP) in that clone.
#   ab.sh OUTDIR ROUNDS VARIANT...
# ab1:  ab.sh ab1 4 base=/tmp/r35/c "nice19=/tmp/r35/c|nice -n 19" "idle=/tmp/r35/c|chrt -i 0" \
#         "pin1=/tmp/r35/c|taskset -c 1"                 (7501178)
# ab34: ab.sh ab3 4 nice=/tmp/r35/n "off=/tmp/r35/n:-Dbwo.copy.nice=0", then ab4 the other way
#         round (the change, d9e9d54's code; rounds 5-8 of ab34 are ab4's 1-4)
# ab5:  the same as ab3, 3 rounds, with cpusample.py running throughout (rqwin.py)
set -u
out=$(realpath -m "$1"); rounds=$2; shift 2
mkdir -p "$out"
vs=("$@")
for round in $(seq 1 "$rounds"); do
  n=${#vs[@]}
  for i in $(seq 0 $((n - 1))); do
    v=${vs[$(( (i + round - 1) % n ))]}
    name=${v%%=*}; rest=${v#*=}; wrap=""
    [ "${rest#*|}" != "$rest" ] && wrap=${rest#*|} && rest=${rest%%|*}
    clone=${rest%%:*}; opts=""
    [ "$rest" != "$clone" ] && opts=${rest#*:}
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd "$clone" && BWO_DSS_WRAP="$wrap" bench/run --suite size --sizes "${SIZES:-1024}" --runs 1 \
      --out "$out/r$round-$name.json" ${opts:+"--dss-java-opts=$opts"}) > "$out/r$round-$name.log" 2>&1
    echo "$round $name $(grep 'run 1' "$out/r$round-$name.log" | sed 's/direct [0-9]* ms.*freeze/freeze/')"
  done
done
