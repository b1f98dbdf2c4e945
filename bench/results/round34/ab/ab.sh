#!/bin/bash
# Round 34: count-suite A/B (1 run of 10 windows at 1,000 data sets per variant and round, the
# order rotating per round) in CLONE, a built clone of 7c2414e (ab2/ab3: with
# ../warmup-variants.diff; today's bench/run measures after --warmup instead).
#   ab.sh OUT ROUNDS NAME=dss:OPTS|NAME=bench:OPTS ...
# dss:OPTS goes to the dump step (--dss-java-opts), bench:OPTS to the harness (BENCH_JAVA_OPTS).
# ab1: base=dss: c1=dss:-XX:CICompilerCount=1
# ab2: cold=bench:-Dbench.warmup=0 warm=bench:-Dbench.warmup=10000
# ab3: cold=bench: srvwarm=bench:-Dbench.serverWarmup=10 warm=bench:-Dbench.warmup=10000
out=$1; rounds=$2; shift 2; mkdir -p $out; vs=("$@"); n=${#vs[@]}
for r in $(seq 1 $rounds); do
  for k in $(seq 0 $((n-1))); do
    v=${vs[$(( (k + r) % n ))]}; name=${v%%=*}; spec=${v#*=}; opts=${spec#*:}
    dss=""; bench=""; [ "${spec%%:*}" = dss ] && dss=$opts || bench=$opts
    pkill -f 'segment serve'; rm -rf /tmp/bwo-bench-*
    (cd $CLONE && BENCH_JAVA_OPTS="-Xmx1g $bench" bench/run --suite count --counts 1000 --runs 1 \
      --dss-java-opts "$dss" --out $out/r$r-$name.json) > $out/r$r-$name.log 2>&1
    echo "$r $name $(grep '1000 data sets, run' $out/r$r-$name.log)"
  done
done
