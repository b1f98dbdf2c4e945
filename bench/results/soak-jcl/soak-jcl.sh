#!/usr/bin/env bash
# Random-kill soak of JCL jobs run with `bwo submit` (see README.md beside this file).
#
#   soak-jcl.sh [-n CYCLES] [-k KINDS] [-r SEED] [-d SCRATCH]
#
# Each cycle: copy the template world, start `bwo segment serve` and `bwo workload run`, submit
# the multi-step job SOAKJOB (--set RUNID=Rn), kill something at a random moment (the submit
# process, the step's child JVM, or the segment server), check the invariants, re-submit the same
# job with the same RUNID (as a scheduler's re-run does), check again, submit it a third time.
# One line per cycle on stdout; every failed check is a line "FINDING ..." and the cycle's folder
# is kept under SCRATCH/keep/ (without the data files).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cycles=20
kinds="SUBKILL SUBTERM STEPKILL STEPTERM SERVER GRPKILL GRPTERM"
seed=$$
scratch=/tmp/soak-jcl
while getopts n:k:r:d: o; do
  case $o in
    n) cycles=$OPTARG ;; k) kinds=${OPTARG//,/ } ;; r) seed=$OPTARG ;; d) scratch=$OPTARG ;;
    *) echo "usage: $0 [-n CYCLES] [-k KINDS] [-r SEED] [-d SCRATCH]" >&2; exit 2 ;;
  esac
done
RANDOM=$seed
read -r -a KINDS <<<"$kinds"
mkdir -p "$scratch/keep" "$scratch/bin"
# A private copy of the jar (bin/bwo rebuilds target/bwo.jar when a source is newer). The child
# JVMs of `bwo submit` run with this JVM's java and class path, so they use the copy too.
cp "$repo/target/bwo.jar" "$scratch/bin/"; rm -rf "$scratch/bin/lib"; cp -r "$repo/target/lib" "$scratch/bin/"
cat >"$scratch/bin/bwo" <<EOS
#!/bin/sh
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$scratch/bin/bwo.jar:$scratch/bin/lib/*" io.bwo.cli.Main "\$@"
EOS
chmod +x "$scratch/bin/bwo"
B="$scratch/bin/bwo"
export BWO_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
unset BWO_RUN_ID BWO_CATALOG
bwo() { nice -n 19 "$B" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# ---------------------------------------------------------------- the template world
# SEGA, SEGB ONLINE, 6 data sets of 8 MiB each, the workload's accounts; SEGC OFFLINE, 3 data
# sets of 4 MiB, dumped to the cataloged data set SOAK.BASE and then overwritten in part, so that
# the job's RESTORE of it is visible.
tpl="$scratch/tpl"
if [ ! -f "$tpl/ready" ]; then
  rm -rf "$tpl"; mkdir -p "$tpl"
  export BWO_CATALOG="$tpl/root"
  for i in 0 1 2 3 4 5; do
    bwo catalog define SOAK.SEGA.DS00$i --segment SEGA --cis 2048 --bwo-eligible >/dev/null
    bwo catalog define SOAK.SEGB.DS00$i --segment SEGB --cis 2048 --bwo-eligible >/dev/null
  done
  for i in 0 1 2; do
    bwo catalog define SOAK.SEGC.DS00$i --segment SEGC --cis 1024 --bwo-eligible >/dev/null
  done
  bwo segment online SEGA SEGB SEGC >/dev/null
  bwo workload init >/dev/null
  printf ' DUMP DATASET(INCLUDE(SOAK.SEGC.**)) OUTDDNAME(TAPE) -\n      CONCURRENT\n' >"$tpl/base.sysin"
  mkdir -p "$tpl/root/datasets"
  DD_SYSIN="$tpl/base.sysin" DD_SYSPRINT="$tpl/base.prt" DD_TAPE="$tpl/root/datasets/SOAK.BASE" \
    bwo dss --run-id base >/dev/null 2>&1 || { echo "template dump failed"; exit 1; }
  bwo segment offline SEGC >/dev/null
  rm -rf "$tpl/root/.bwo/journal" "$tpl/root/.bwo/jes"
  mkdir -p "$tpl/segc"; cp "$tpl"/root/data/SOAK.SEGC.* "$tpl/segc/"
  for f in "$tpl"/root/data/SOAK.SEGC.*; do
    dd if=/dev/urandom of="$f" bs=4096 count=16 conv=notrunc status=none
  done
  unset BWO_CATALOG
  touch "$tpl/ready"
fi

# ---------------------------------------------------------------- the job
# STAT judges the dump's run (BWOSTAT); unless it succeeded, SETX exports the settings to a new
# generation, DUMP (the JZOS launcher running bwo dss, as BWODUMP) dumps SEGA and SEGB to a new
# generation of SOAK.DUMP, VRFY reads it back (COND=(4,LT,DUMP)); else NOOP (IEFBR14). REST
# (PGM=ADRDSSU, PARM RUNID=) restores the OFFLINE SEGC from SOAK.BASE unless the dump failed.
# JOBRC=LASTRC: STAT's 8/12 (failed, unknown) is a judgment, not the job's failure. The IF
# also holds when STAT did not run, so that a re-run with RESTART=SETX|DUMP runs that branch.
write_job() { # $1: the RESTART step, or nothing
  echo "//SOAKJOB  JOB (ACCT),'JCL SOAK',CLASS=A,MSGCLASS=X,JOBRC=LASTRC${1:+,}"
  [ -n "${1:-}" ] && echo "//             RESTART=$1"
  cat <<'JCL'
//         SET RUNID=R0
//STAT     EXEC PGM=JVMLDM17,
//             PARM='/ io.bwo.cli.Main status --run-id &RUNID..D'
//STDOUT   DD SYSOUT=*
//STDERR   DD SYSOUT=*
//         IF (STAT.RC NE 0 | NOT STAT.RUN) THEN
//SETX     EXEC PGM=JVMLDM17,PARM='/ io.bwo.cli.Main'
//MAINARGS DD *
settings export --outdd SETTINGS
/*
//STDOUT   DD SYSOUT=*
//STDERR   DD SYSOUT=*
//SETTINGS DD DSN=SOAK.SETTINGS(+1),DISP=(NEW,CATLG,DELETE)
//DUMP     EXEC PGM=JVMLDM17,
//             PARM='/ io.bwo.cli.Main dss --run-id &RUNID..D'
//MAINARGS DD *
--lease 10
/*
//SYSOUT   DD SYSOUT=*
//STDOUT   DD SYSOUT=*
//STDERR   DD SYSOUT=*
//SYSPRINT DD SYSOUT=*
//TAPE     DD DSN=SOAK.DUMP(+1),DISP=(NEW,CATLG,DELETE)
//SYSIN    DD *
 DUMP DATASET(INCLUDE(SOAK.SEGA.** SOAK.SEGB.**)) -
      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT
/*
//VRFY     EXEC PGM=JVMLDM17,COND=(4,LT,DUMP),
//             PARM='/ io.bwo.cli.Main verify --indd TAPE'
//STDOUT   DD SYSOUT=*
//STDERR   DD SYSOUT=*
//TAPE     DD DSN=SOAK.DUMP(+1),DISP=SHR
//         ELSE
//NOOP     EXEC PGM=IEFBR14
//         ENDIF
//REST     EXEC PGM=ADRDSSU,PARM='RUNID=&RUNID..R',
//             COND=((4,LT,DUMP),(0,NE,VRFY))
//SYSPRINT DD SYSOUT=*
//BASE     DD DSN=SOAK.BASE,DISP=SHR
//SYSIN    DD *
 RESTORE DATASET(INCLUDE(SOAK.SEGC.**)) INDDNAME(BASE) REPLACE
/*
JCL
}

# ---------------------------------------------------------------- processes
SERVER_PID=""; WORK_PID=""; SUB_PID=""
start_server() { # $1 log
  nice -n 19 "$B" segment serve --catalog "$ROOT" >>"$1" 2>&1 &
  SERVER_PID=$!
  echo "$SERVER_PID" >>"$W/pids"
  local n0; n0=$(grep -c BWO220I "$1" 2>/dev/null); n0=${n0:-0}
  for _ in $(seq 600); do
    [ "$(grep -c BWO220I "$1")" -gt "$n0" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
start_workload() {
  nice -n 19 "$B" workload run --catalog "$ROOT" --seconds 900 --threads 3 --rate 800 \
    --ack-log "$W/ack.log" >>"$W/workload.out" 2>&1 &
  WORK_PID=$!
  echo "$WORK_PID" >>"$W/pids"
}
stop() { # pid signal: ends a process this script started and reaps it
  [ -n "$1" ] || return 0
  kill -"${2:-TERM}" "$1" 2>/dev/null
  for _ in $(seq 300); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}
submit() { # $1 tag; background; sets SUB_PID. The job log goes to $W/$1.out.
  nice -n 19 "$B" submit "$W/SOAKJOB.jcl" --catalog "$ROOT" --output "$W/out-$1" \
    --set "RUNID=$RUN" >"$W/$1.out" 2>"$W/$1.err" &
  SUB_PID=$!
  echo "$SUB_PID" >>"$W/pids"
}
children() { # the step JVMs of the submit $1 (its direct children), recorded for the clean-up
  local c; c=$(pgrep -P "$1" 2>/dev/null)
  [ -n "$c" ] && echo "$c" >>"$W/pids"
  echo "$c"
}
step_of() { # the step a child JVM runs (its BWO_STEPNAME)
  { tr '\0' '\n' <"/proc/$1/environ"; } 2>/dev/null | sed -n 's/^BWO_STEPNAME=//p'
}
# The orphans of a killed submit: JVMs whose environment names this cycle's catalog and a job.
orphans() {
  local p
  for p in $(pgrep java 2>/dev/null); do
    { tr '\0' '\n' <"/proc/$p/environ"; } 2>/dev/null | grep -qx "BWO_CATALOG=$ROOT" || continue
    { tr '\0' '\n' <"/proc/$p/environ"; } 2>/dev/null | grep -q '^BWO_STEPNAME=' && echo "$p"
  done
}

# ---------------------------------------------------------------- checks
FINDINGS=0
finding() { echo "FINDING c$CYCLE $KIND: $*"; FINDINGS=$((FINDINGS + 1)); KEEP=1; }
debris() { # every leftover file that exists now
  find "$ROOT/datasets" -name '*.tmp' 2>/dev/null
  find "$ROOT" -name '*.tmp' -not -path "$ROOT/datasets/*" 2>/dev/null
  find "$ROOT/.bwo" -maxdepth 1 -name '*.side' 2>/dev/null
  find "$ROOT/data" -name '*.rst' 2>/dev/null
  find "$ROOT/.bwo/restore" -name '*.json' 2>/dev/null
}
jes_work() { find "$ROOT/.bwo/jes" -mindepth 1 -maxdepth 1 -type d -name 'JOB*' 2>/dev/null; }
check_trace() { # $1 tag: no stack trace in the job's output
  if grep -rqE '^\s+at [a-z]|Exception in thread|^(java|io)\.[a-zA-Z.]*(Exception|Error)' \
      "$W/$1.out" "$W/$1.err" "$W/out-$1" 2>/dev/null; then
    finding "$1: stack trace: $(grep -rhE 'Exception|Error' "$W/$1.out" "$W/$1.err" "$W/out-$1" | head -2 | tr '\n' ' ' | cut -c1-300)"
  fi
}
check_thawed() { # the server RUNNING with no copy session within the lease (10 s) + 4 s
  local t0; t0=$(now_ms)
  while true; do
    local s; s=$(bwo segment status --catalog "$ROOT" 2>&1)
    if echo "$s" | grep -q ': RUNNING' && echo "$s" | grep -q 'COPY SESSIONS: 0'; then
      THAW=$(($(now_ms) - t0)); return 0
    fi
    if [ $(($(now_ms) - t0)) -gt 14000 ]; then
      finding "$1: not thawed 14 s after the kill: $(echo "$s" | tr '\n' ' ' | cut -c1-300)"
      THAW=-1; return 1
    fi
    sleep 0.2
  done
}
check_acks() {
  local out; out=$(bwo workload check --catalog "$ROOT" --ack-log "$W/ack.log" 2>&1)
  echo "$out" >>"$W/acks.out"
  echo "$out" | grep -q BWO907I || finding "$1: ack check: $(echo "$out" | tr '\n' ' ' | cut -c1-300)"
}
GOOD=0; EMPTY=0; BAD=0; DISTINCT=0
check_gens() { # $1 tag: every generation of SOAK.DUMP is a sound dump or empty; settings parse
  GOOD=0; EMPTY=0; BAD=0; DISTINCT=0
  local f sums=""
  for f in "$ROOT"/datasets/SOAK.DUMP.G*V00; do
    [ -e "$f" ] || continue
    if [ ! -s "$f" ]; then EMPTY=$((EMPTY + 1)); continue; fi
    if bwo verify "$f" >"$W/verify.out" 2>&1; then GOOD=$((GOOD + 1))
      sums="$sums$(sha256sum <"$f" | cut -c1-64)"$'\n'
    else
      BAD=$((BAD + 1))
      finding "$1: $(basename "$f") ($(stat -c %s "$f") bytes) is cataloged and does not verify: $(grep -m1 BWO4 "$W/verify.out" | cut -c1-200)"
    fi
  done
  # A re-run whose dump run had succeeded copies that dump to its new (+1) (BWO615I): one dump.
  DISTINCT=$(printf '%s' "$sums" | sort -u | grep -c .)
  SETS=0; SEMPTY=0
  for f in "$ROOT"/datasets/SOAK.SETTINGS.G*V00; do
    [ -e "$f" ] || continue
    if [ ! -s "$f" ]; then SEMPTY=$((SEMPTY + 1)); continue; fi
    if jq -e . "$f" >/dev/null 2>&1; then SETS=$((SETS + 1)); else
      finding "$1: $(basename "$f") ($(stat -c %s "$f") bytes) is cataloged and is not a whole settings file"
    fi
  done
}
check_segc() {
  local f
  for f in "$tpl"/segc/*; do
    cmp -s "$f" "$ROOT/data/$(basename "$f")" || { finding "$1: $(basename "$f") not restored"; return; }
  done
}
status_of() { # $1 run id -> exit code; JSON in $W/status-$1.json
  bwo status --catalog "$ROOT" --run-id "$1" --json >"$W/status-$1.json" 2>"$W/status.err"
}
check_status() { # $1 tag, $2 "final": bwo status's leftovers against the files
  local listed actual r
  listed=$(for r in "$RUN.D" "$RUN.R"; do
    status_of "$r"
    jq -r '.attempts[-1].leftovers[]? | select(.type=="sideFile" or .type=="temporaryDump")
      | (.path // .name)' "$W/status-$r.json" 2>/dev/null
    if jq -e '.attempts[-1].leftovers[]? | select(.type=="restoreStaging")' "$W/status-$r.json" >/dev/null 2>&1; then
      find "$ROOT/data" -name '*.rst'; find "$ROOT/.bwo/restore" -name '*.json' 2>/dev/null
    fi
  done | grep / | sort -u)
  actual=$(debris | sort -u)
  local unlisted stale
  unlisted=$(comm -13 <(echo "$listed") <(echo "$actual") | grep .)
  stale=$(comm -23 <(echo "$listed") <(echo "$actual") | grep .)
  [ -n "$unlisted" ] && finding "$1: debris not listed by bwo status: $(echo "$unlisted" | sed "s|$W/||" | tr '\n' ' ')"
  if [ "$2" = final ]; then
    [ -n "$actual" ] && finding "$1: debris after a complete run: $(echo "$actual" | sed "s|$W/||" | tr '\n' ' ')"
    [ -n "$stale" ] && finding "$1: bwo status lists gone leftovers: $(echo "$stale" | sed "s|$W/||" | tr '\n' ' ')"
    for r in "$RUN.D" "$RUN.R"; do
      status_of "$r"; local src=$?
      [ "$src" = 0 ] || finding "$1: bwo status --run-id $r exit $src, expected 0 ($(jq -r .summary "$W/status-$r.json" 2>/dev/null | cut -c1-150))"
    done
  elif [ -n "$stale" ]; then
    STALE=$((STALE + 1))
  fi
}
step_rc() { # $1 tag, $2 step: its RC column in the job log (00, 04, FLUSH, S222...)
  awk -v s="$2" '$3 == "-SOAKJOB" && $4 == s { print $6 }' "$W/$1.out" | tail -1
}
check_job() { # $1 tag, $2 rc: the re-run's job log is coherent
  local f=$W/$1.out
  grep -q BWO719I "$f" || finding "$1: job log has no BWO719I (rc $2): $(tail -2 "$f" | tr '\n' ' ' | cut -c1-200)"
  [ -f "$W/out-$1/JESMSGLG" ] || finding "$1: no JESMSGLG in the job output folder"
  [ "$2" = 0 ] || finding "$1: job RC $2, a clean run ends 0 (steps: STAT=$(step_rc "$1" STAT) SETX=$(step_rc "$1" SETX) DUMP=$(step_rc "$1" DUMP) VRFY=$(step_rc "$1" VRFY) REST=$(step_rc "$1" REST))"
}

# ---------------------------------------------------------------- one cycle
cycle() {
  W="$scratch/c$CYCLE"; ROOT="$W/root"; RUN="R$CYCLE"; KEEP=0; STALE=0
  rm -rf "$W"; mkdir -p "$W"; cp -a "$tpl/root" "$ROOT"; : >"$W/pids"
  write_job >"$W/SOAKJOB.jcl"
  start_server "$W/serve.out" || { finding "server did not start"; return; }
  start_workload
  sleep 1
  # The job runs about 8-12 s here (five JVMs). The kill aims at: any moment of its first 11 s
  # (2 in 5), the DUMP step (2 in 5) or the REST step (1 in 5), 0-1.5 s after that step's JVM
  # appears (its start takes about 0.5-1 s of that).
  local aim=any delay=$((RANDOM % 11000)) killed=no target=- rc1 ended_ms tk t0 victim="" p
  case $((RANDOM % 5)) in 2|3) aim=DUMP; delay=$((RANDOM % 1500)) ;; 4) aim=REST; delay=$((RANDOM % 900)) ;; esac
  submit run1
  t0=$(now_ms)
  if [ "$aim" != any ]; then
    local found=""
    while [ -z "$found" ] && kill -0 "$SUB_PID" 2>/dev/null && [ $(($(now_ms) - t0)) -lt 40000 ]; do
      for p in $(children "$SUB_PID"); do [ "$(step_of "$p")" = "$aim" ] && found=$p; done
      sleep 0.03
    done
  fi
  local deadline=$(($(now_ms) + delay))
  while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$SUB_PID" 2>/dev/null; do
    children "$SUB_PID" >/dev/null; sleep 0.05
  done
  tk=$(now_ms)
  if kill -0 "$SUB_PID" 2>/dev/null; then
    case $KIND in
      SUBKILL) target=submit; kill -KILL "$SUB_PID"; killed=yes ;;
      SUBTERM) target=submit; kill -TERM "$SUB_PID"; killed=yes ;;
      GRPKILL|GRPTERM) # the submit and its step at once, as a scheduler ending the process tree
        target=group; victim=$(children "$SUB_PID")
        kill -"${KIND#GRP}" "$SUB_PID" $victim 2>/dev/null; killed=yes ;;
      STEPKILL|STEPTERM)
        # the step running now; between steps, the next one to start (up to 3 s)
        for _ in $(seq 60); do
          victim=$(children "$SUB_PID" | head -1)
          [ -n "$victim" ] && break
          kill -0 "$SUB_PID" 2>/dev/null || break
          sleep 0.05
        done
        if [ -n "$victim" ]; then
          target=$(step_of "$victim"); target=${target:-step}
          kill -"${KIND#STEP}" "$victim" 2>/dev/null && killed=yes
        fi ;;
      SERVER) target=server; kill -KILL "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; killed=yes
        sleep 1.$((RANDOM % 10))
        stop "$WORK_PID" KILL
        start_server "$W/serve.out" || finding "server did not restart" ;;
    esac
  fi
  # The submit must end: at once after a kill of itself, with its job log otherwise (the step
  # ends: at once after SIGKILL, within 20 s after SIGTERM, within 60 s after losing its server).
  local limit=60000; [ "$KIND" = STEPTERM ] && limit=25000
  # A step sent SIGTERM with its submit (GRPTERM) must still end in order within 20 s.
  if [ "$KIND" = GRPTERM ]; then
    for p in $victim; do
      while kill -0 "$p" 2>/dev/null && [ $(($(now_ms) - tk)) -lt 25000 ]; do sleep 0.05; done
      kill -0 "$p" 2>/dev/null && finding "run1: step $p still running 25 s after SIGTERM"
    done
  fi
  while kill -0 "$SUB_PID" 2>/dev/null && [ $(($(now_ms) - tk)) -lt $limit ]; do sleep 0.05; done
  ended_ms=$(($(now_ms) - tk))
  if kill -0 "$SUB_PID" 2>/dev/null; then
    finding "run1: bwo submit still running ${ended_ms} ms after $KIND of $target"
    jstack "$SUB_PID" >"$W/jstack.txt" 2>&1
    for p in $(children "$SUB_PID"); do kill -KILL "$p"; done
    kill -KILL "$SUB_PID"
  fi
  { wait "$SUB_PID"; } 2>/dev/null; rc1=$?
  # A killed submit: its step may go on as an orphan. A job cancelled must not leave its step
  # running (z/OS cancels the address space); note it, then wait for the orphan to end before
  # the re-run, as an operator would (the re-run's dss would refuse it, BWO603E, anyway).
  local orph="" orph_ms=0
  if [ "$target" = submit ] || [ "$target" = group ]; then
    sleep 0.3
    orph=$(orphans)
    if [ -n "$orph" ]; then
      local o1; o1=$(now_ms)
      local names; names=$(for p in $orph; do step_of "$p"; done | tr '\n' ' ')
      echo "$orph" >>"$W/pids"
      while [ -n "$(orphans)" ] && [ $(($(now_ms) - o1)) -lt 120000 ]; do sleep 0.2; done
      orph_ms=$(($(now_ms) - o1 + 1000))
      finding "run1: step ${names% } still running after $KIND of bwo submit (ended ${orph_ms} ms later)"
      for p in $(orphans); do kill -KILL "$p"; done
    fi
  fi
  check_trace run1
  if [ "$killed" = yes ] && [ "$target" != submit ] && [ "$target" != group ]; then
    grep -q -E 'BWO719I|BWO720E' "$W/run1.out" || finding "run1: job log has no BWO719I/BWO720E after $KIND (rc $rc1)"
  fi
  if [ "$KIND" = SERVER ] && ! kill -0 "$WORK_PID" 2>/dev/null; then start_workload; fi
  check_thawed run1
  check_acks run1
  check_gens run1
  check_status run1 partial
  local phase; phase=$(jq -r '.attempts[-1].phases[-1].phase // "-"' "$W/status-$RUN.D.json" 2>/dev/null)
  local steps1; steps1=$(for s in STAT SETX DUMP VRFY NOOP REST; do r=$(step_rc run1 $s); [ -n "$r" ] && printf '%s=%s,' "$s" "$r"; done)
  local jes1; jes1=$(jes_work | wc -l)
  # The re-run: the same job, the same RUNID. When the killed job's log names a step that
  # failed, one re-run in two restarts there (RESTART= on the JOB card; a VRFY restarts at DUMP,
  # whose new generation it reads), as a scheduler's "re-run from the failed step" does.
  local restart="" failed
  failed=$(for s in SETX DUMP VRFY REST; do r=$(step_rc run1 $s); case $r in ""|00|04|FLUSH) ;; *) echo $s ;; esac; done | head -1)
  if [ -n "$failed" ] && [ $((RANDOM % 2)) = 0 ]; then
    restart=$failed; [ "$restart" = VRFY ] && restart=DUMP
    write_job "$restart" >"$W/SOAKJOB.jcl"
  fi
  submit run2; { wait "$SUB_PID"; } 2>/dev/null; local rc2=$?
  check_trace run2
  check_job run2 "$rc2"
  check_gens run2
  [ "$GOOD" -ge 1 ] || finding "run2: no sound dump after a complete run (good $GOOD, empty $EMPTY)"
  [ "$EMPTY" = 0 ] && [ "$SEMPTY" = 0 ] || finding "run2: NEW data sets left empty and cataloged: $EMPTY of SOAK.DUMP, $SEMPTY of SOAK.SETTINGS ($(cd "$ROOT/datasets" && ls -s | tr '\n' ' ' | cut -c1-200))"
  [ "$DISTINCT" -le 1 ] || finding "run2: $DISTINCT different sound dumps: the dump was done more than once"
  check_segc run2
  check_status run2 final
  [ -z "$(jes_work)" ] || finding "run2: job work folders left in .bwo/jes: $(jes_work | sed "s|$ROOT/||" | tr '\n' ' ')"
  local what2=redo
  grep -q BWO606W "$W/out-run2/DUMP.SYSPRINT" 2>/dev/null && what2=clean
  [ "$(step_rc run2 STAT)" = 00 ] && what2=skip
  [ -n "$restart" ] && what2="$what2@$restart" 
  local gens2; gens2=$(ls "$ROOT/datasets" | sort)
  write_job >"$W/SOAKJOB.jcl" 
  # The third run: everything is done: STAT 0, DUMP and SETX not run, REST BWO604I, no new file.
  submit run3; { wait "$SUB_PID"; } 2>/dev/null; local rc3=$?
  check_trace run3
  [ "$rc3" = 0 ] || finding "run3: job RC $rc3, expected 0"
  [ "$(step_rc run3 STAT)" = 00 ] || finding "run3: STAT RC $(step_rc run3 STAT): the dump's run is not judged succeeded"
  [ "$(step_rc run3 DUMP)" = FLUSH ] || finding "run3: DUMP ran again ($(step_rc run3 DUMP))"
  grep -q BWO604I "$W/out-run3/REST.SYSPRINT" 2>/dev/null || finding "run3: the RESTORE was done again"
  [ "$gens2" = "$(ls "$ROOT/datasets" | sort)" ] || finding "run3: data sets changed: $(diff <(echo "$gens2") <(ls "$ROOT/datasets" | sort) | grep '^[<>]' | tr '\n' ' ')"
  [ -z "$(debris)" ] || finding "run3: debris: $(debris | sed "s|$W/||" | tr '\n' ' ')"
  stop "$WORK_PID" TERM
  check_acks end
  stop "$SERVER_PID" TERM
  printf '%-4s %-8s %-4s %-8s %5d %-3s rc1=%-3s %6dms orphan=%-6s steps1=%-42s last=%-9s thaw=%-5s stale=%d jes=%d run2=%-10s rc2=%-2s rc3=%-2s dumps=%d/%d/%d sets=%d/%d\n' \
    "c$CYCLE" "$KIND" "$aim" "$target" "$delay" "$killed" "$rc1" "$ended_ms" "${orph_ms}" "${steps1%,}" "$phase" "$THAW" "$STALE" "$jes1" "$what2" "$rc2" "$rc3" "$GOOD" "$EMPTY" "$BAD" "$SETS" "$SEMPTY"
  if [ "$KEEP" = 1 ]; then
    rm -rf "$scratch/keep/c$CYCLE"; mv "$W" "$scratch/keep/c$CYCLE"
    rm -rf "$scratch/keep/c$CYCLE/root/data"  # the data is large; the journal and logs stay
  else
    rm -rf "$W"
  fi
}

cleanup() { # ends only what this script started
  [ -n "${W:-}" ] && [ -f "$W/pids" ] && while read -r p; do kill -KILL "$p" 2>/dev/null; done <"$W/pids"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "# jcl soak seed $seed, $cycles cycles, kinds: ${KINDS[*]}"
echo "# cycle kind aim target delay-ms killed rc1 end-ms orphan-ms steps1 last-phase(D) thaw-ms stale jes-left run2 rc2 rc3 dumps=good/empty/bad sets=good/empty"
for ((CYCLE = ${START:-1}; CYCLE < ${START:-1} + cycles; CYCLE++)); do
  KIND=${KINDS[$(((CYCLE - 1) % ${#KINDS[@]}))]}
  cycle
done
echo "# findings: $FINDINGS"
