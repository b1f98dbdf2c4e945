#!/usr/bin/env bash
# Random-kill soak of multi-command decks (see README.md beside this file).
#
#   soak.sh [-n CYCLES] [-s SHAPES] [-k KINDS] [-r SEED] [-d SCRATCH]
#
# Each cycle: copy the template world, start `bwo segment serve` and `bwo workload run`, run a
# deck with `bwo dss --run-id`, kill it (or the server) at a random moment, check the invariants,
# re-run the same run id, check again, run it a third time. One line per cycle on stdout; every
# failed check is a line "FINDING ..." and the cycle's folder is kept under SCRATCH/keep/.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cycles=12
shapes="two three dumprest cond eoj eojfail parallel"
kinds="KILL TERM SERVER"
seed=$$
scratch=/tmp/soak-decks
while getopts n:s:k:r:d: o; do
  case $o in
    n) cycles=$OPTARG ;; s) shapes=${OPTARG//,/ } ;; k) kinds=${OPTARG//,/ } ;;
    r) seed=$OPTARG ;; d) scratch=$OPTARG ;; *) exit 2 ;;
  esac
done
RANDOM=$seed
read -r -a SHAPES <<<"$shapes"
read -r -a KINDS <<<"$kinds"
mkdir -p "$scratch/keep"
# A private copy of the jar: bin/bwo rebuilds target/bwo.jar when a source is newer, and a build
# during the soak (an edit in the clone) would change the program under test mid-cycle.
mkdir -p "$scratch/bin"
cp "$repo/target/bwo.jar" "$scratch/bin/"; rm -rf "$scratch/bin/lib"; cp -r "$repo/target/lib" "$scratch/bin/"
cat >"$scratch/bin/bwo" <<EOS
#!/bin/sh
jit=""; [ "\$1" = dss ] && jit="-XX:TieredStopAtLevel=1"
exec java \$jit -XX:+UseSerialGC -cp "$scratch/bin/bwo.jar:$scratch/bin/lib/*" io.bwo.cli.Main "\$@"
EOS
chmod +x "$scratch/bin/bwo"
B="$scratch/bin/bwo"
bwo() { nice -n 19 "$B" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# ---------------------------------------------------------------- the template world
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
  DD_SYSIN="$tpl/base.sysin" DD_SYSPRINT="$tpl/base.prt" DD_TAPE="$tpl/base.bwo" \
    bwo dss --run-id base >/dev/null 2>&1 || { echo "template dump failed"; exit 1; }
  bwo segment offline SEGC >/dev/null
  rm -rf "$tpl/root/.bwo/journal"
  mkdir -p "$tpl/segc"; cp "$tpl"/root/data/SOAK.SEGC.* "$tpl/segc/"
  # SEGC's data differs from the base dump until a RESTORE brings it back.
  for f in "$tpl"/root/data/SOAK.SEGC.*; do
    dd if=/dev/urandom of="$f" bs=4096 count=16 conv=notrunc status=none
  done
  touch "$tpl/ready"
fi

# ---------------------------------------------------------------- the decks
# deck SHAPE: writes the SYSIN; sets EXPECT_RC, PUBLISHED (tapes a clean run publishes),
# ABSENT (tapes it must not publish), RESTORES (1 when it restores SEGC).
deck() {
  local d=" DUMP DATASET(INCLUDE(SOAK.SEGA.**)) OUTDDNAME(TAPE1) -
      CONCURRENT NOTIFYCONCURRENT"
  local e=" DUMP DATASET(INCLUDE(SOAK.SEGB.**)) OUTDDNAME(TAPE2) -
      CONCURRENT NOTIFYCONCURRENT"
  local off=" DUMP DATASET(INCLUDE(SOAK.SEGC.**)) OUTDDNAME(TAPE3) CONCURRENT"
  local rest=" RESTORE DATASET(INCLUDE(SOAK.SEGC.**)) INDDNAME(BASE) REPLACE"
  RESTORES=0; ABSENT=""
  case $1 in
    two) printf '%s\n' "$d" "$e"; EXPECT_RC=0; PUBLISHED="TAPE1 TAPE2" ;;
    three) printf '%s\n' "$d" "$e" \
      " DUMP DATASET(INCLUDE(SOAK.** WORKLOAD.**) EXCLUDE(SOAK.SEGC.**)) -" \
      "      OUTDDNAME(TAPE3) CONCURRENT OPTIMIZE(4) COMPRESS"
      EXPECT_RC=0; PUBLISHED="TAPE1 TAPE2 TAPE3" ;;
    dumprest) printf '%s\n' "$d" "$rest"; EXPECT_RC=0; PUBLISHED="TAPE1"; RESTORES=1 ;;
    cond) printf '%s\n' "$d" " IF LASTCC <= 4 THEN DO" \
      " DUMP DATASET(INCLUDE(SOAK.SEGB.**)) OUTDDNAME(TAPE2) CONCURRENT" \
      " SET MAXCC = 6" " END ELSE SET MAXCC = 12" "$off" \
      " IF LASTCC = 8 THEN SET MAXCC = 3"
      EXPECT_RC=3; PUBLISHED="TAPE1 TAPE2"; ABSENT="TAPE3" ;;
    eoj) printf '%s\n' "$d" "$off" " IF LASTCC >= 8 THEN DO" " SET MAXCC = 0" " EOJ" \
      " END" "$e"
      EXPECT_RC=0; PUBLISHED="TAPE1"; ABSENT="TAPE2 TAPE3" ;;
    eojfail) printf '%s\n' "$off" " IF MAXCC >= 8 THEN -" "$d" " IF MAXCC >= 8 THEN EOJ" "$e"
      EXPECT_RC=8; PUBLISHED="TAPE1"; ABSENT="TAPE2 TAPE3" ;;
    parallel) printf '%s\n' " PARALLEL" "$d" "$e" " SERIAL" "$rest" \
      " IF MAXCC <= 4 THEN SET MAXCC = 0"
      EXPECT_RC=0; PUBLISHED="TAPE1 TAPE2"; RESTORES=1 ;;
    restdump) printf '%s\n' "$rest" "$e" " IF LASTCC = 0 THEN -" "$d"
      EXPECT_RC=0; PUBLISHED="TAPE1 TAPE2"; RESTORES=1 ;;
    filter) printf '%s\n' " DUMP DATASET(FILTERDD(FILTA)) OUTDDNAME(TAPE1) -" \
      "      CONCURRENT NOTIFYCONCURRENT" " RESTORE DATASET(FDD(FILTC)) INDDNAME(BASE) REPLACE"
      EXPECT_RC=0; PUBLISHED="TAPE1"; RESTORES=1 ;;
    dummy) printf '%s\n' "$d" " DUMP DATASET(INCLUDE(SOAK.SEGB.**)) OUTDDNAME(TAPE4) CONCURRENT"
      EXPECT_RC=0; PUBLISHED="TAPE1" ;;
    frozen) # Without CONCURRENT: the freeze is held, and its lease renewed, for the whole copy.
      printf '%s\n' " DUMP DATASET(INCLUDE(SOAK.SEGA.**)) OUTDDNAME(TAPE1)" "$e"
      EXPECT_RC=4; PUBLISHED="TAPE1 TAPE2" ;;
    *) echo "unknown shape $1" >&2; exit 2 ;;
  esac
}

# ---------------------------------------------------------------- processes
SERVER_PID=""; WORK_PID=""
start_server() { # $1 log
  # Started directly (not through a function, which would put a subshell between): $! is the
  # JVM itself (nice and bin/bwo exec it).
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
  nice -n 19 "$B" workload run --catalog "$ROOT" --seconds 600 --threads 3 --rate 800 \
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
run_dss() { # $1 tag; background; sets DSS_PID
  # STOPW stops the first run inside its freeze window: held there by the crash suite's pause.
  local pause=()
  [ "$KIND" = STOPW ] && [ "$1" = run1 ] && pause=(BWO_TEST_PAUSE_AT=FROZEN BWO_TEST_PAUSE_SECONDS=2)
  env "${pause[@]}" DD_SYSIN="$W/deck.txt" DD_SYSPRINT="$W/$1.prt" DD_TAPE1="$W/dumps/t1.bwo" \
    DD_TAPE2="$W/dumps/t2.bwo" DD_TAPE3="$W/dumps/t3.bwo" DD_TAPE4=/dev/null DD_BASE="$tpl/base.bwo" \
    DD_FILTA="$W/filta.txt" DD_FILTC="$W/filtc.txt" nice -n 19 "$B" dss --catalog "$ROOT" --run-id "$RUN" --lease 10 >"$W/$1.out" 2>"$W/$1.err" &
  DSS_PID=$!
  echo "$DSS_PID" >>"$W/pids"
}

# ---------------------------------------------------------------- checks
FINDINGS=0
finding() { echo "FINDING c$CYCLE $SHAPE $KIND: $*"; FINDINGS=$((FINDINGS + 1)); KEEP=1; }
debris() { # every leftover file that exists now
  find "$W/dumps" -name '*.tmp' 2>/dev/null
  find "$ROOT/.bwo" -maxdepth 1 -name '*.side' 2>/dev/null
  find "$ROOT/data" -name '*.rst' 2>/dev/null
  find "$ROOT/.bwo/restore" -name '*.json' 2>/dev/null
}
tapefile() { case $1 in TAPE1) echo "$W/dumps/t1.bwo" ;; TAPE2) echo "$W/dumps/t2.bwo" ;;
  TAPE3) echo "$W/dumps/t3.bwo" ;; esac; }
check_trace() { # $1 tag: no stack trace on the listing, stdout or stderr
  if grep -qE '^\s+at [a-z]|Exception in thread|^(java|io)\.[a-zA-Z.]*(Exception|Error)' \
      "$W/$1.prt" "$W/$1.out" "$W/$1.err" 2>/dev/null; then
    finding "$1: stack trace: $(grep -hE 'Exception|Error' "$W/$1".* | head -2 | tr '\n' ' ')"
  fi
}
check_thawed() { # the server RUNNING with no copy session within the lease (+2 s)
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
check_running() { # the server RUNNING (a stopped step keeps its copy sessions) within 14 s
  local t0; t0=$(now_ms)
  while true; do
    if bwo segment status --catalog "$ROOT" 2>&1 | grep -q ': RUNNING'; then
      THAW=$(($(now_ms) - t0)); return 0
    fi
    if [ $(($(now_ms) - t0)) -gt 14000 ]; then
      finding "$1: still frozen 14 s after the step was stopped"; THAW=-1; return 1
    fi
    sleep 0.2
  done
}
check_acks() {
  local out; out=$(bwo workload check --catalog "$ROOT" --ack-log "$W/ack.log" 2>&1)
  echo "$out" >>"$W/acks.out"
  echo "$out" | grep -q BWO907I || finding "$1: ack check: $(echo "$out" | tr '\n' ' ' | cut -c1-300)"
}
check_tapes() { # $1 tag, $2 "final" after a complete run (whose dss read each dump back)
  local t f
  for t in TAPE1 TAPE2 TAPE3; do
    f=$(tapefile $t)
    if [ -e "$f" ]; then
      if [[ " $ABSENT " == *" $t "* ]]; then finding "$1: $t published, the deck never does"; fi
      if [ "$2" != final ]; then
        bwo verify "$f" >"$W/verify.out" 2>&1 \
          || finding "$1: $t published but does not verify: $(head -c 300 "$W/verify.out")"
      fi
    elif [ "$2" = final ] && [[ " $PUBLISHED " == *" $t "* ]]; then
      # A deck that masks a failed DUMP (IF LASTCC = 8 THEN SET MAXCC = ...) succeeds without
      # it: by the deck's design when the attempt that succeeded reset a MAXCC of 8 or more.
      local last="$W/run2.prt"; grep -q BWO604I "$last" 2>/dev/null && last="$W/run1.prt"
      if grep -qE 'ADR015I .*RESET FROM 00(08|12|16)' "$last" 2>/dev/null; then
        MASKED="$MASKED $t"
      else
        finding "$1: $t not published after a complete run"
      fi
    fi
  done
}
check_segc() {
  local f
  for f in "$tpl"/segc/*; do
    cmp -s "$f" "$ROOT/data/$(basename "$f")" || { finding "$1: $(basename "$f") not restored"; return; }
  done
}
check_status() { # $1 tag, $2 "final": bwo status's leftovers against the files
  bwo status --catalog "$ROOT" --run-id "$RUN" --json >"$W/status.json" 2>"$W/status.err"
  STATUS_RC=$?
  local listed actual
  listed=$(jq -r '.attempts[-1].leftovers[]? | select(.type=="sideFile" or .type=="temporaryDump")
    | (.path // .name)' "$W/status.json" 2>/dev/null | grep / | sort -u)
  # A RESTORE's staging (restoreStaging) names its catalog: it covers the staged files and intents.
  if jq -e '.attempts[-1].leftovers[]? | select(.type=="restoreStaging")' "$W/status.json" >/dev/null 2>&1; then
    listed=$( (echo "$listed"; find "$ROOT/data" -name '*.rst'; find "$ROOT/.bwo/restore" -name '*.json' 2>/dev/null) | grep . | sort -u)
  fi
  actual=$(debris | sort -u)
  local unlisted stale
  unlisted=$(comm -13 <(echo "$listed") <(echo "$actual") | grep .)
  stale=$(comm -23 <(echo "$listed") <(echo "$actual") | grep .)
  [ -n "$unlisted" ] && finding "$1: debris not listed by bwo status: $(echo "$unlisted" | sed "s|$W/||" | tr '\n' ' ')"
  if [ "$2" = final ]; then
    [ -n "$actual" ] && finding "$1: debris after a complete run: $(echo "$actual" | sed "s|$W/||" | tr '\n' ' ')"
    [ -n "$stale" ] && finding "$1: bwo status lists gone leftovers: $(echo "$stale" | sed "s|$W/||" | tr '\n' ' ')"
    local want=0; [ "$EXPECT_RC" -ge 8 ] && want=8
    [ "$STATUS_RC" = "$want" ] || finding "$1: bwo status exit $STATUS_RC, expected $want"
  elif [ -n "$stale" ]; then
    STALE=$((STALE + 1))
  fi
}

# ---------------------------------------------------------------- one cycle
cycle() {
  W="$scratch/c$CYCLE"; ROOT="$W/root"; RUN="R$CYCLE"; KEEP=0; STALE=0; MASKED=""
  rm -rf "$W"; mkdir -p "$W/dumps"; cp -a "$tpl/root" "$ROOT"; : >"$W/pids"
  deck "$SHAPE" >"$W/deck.txt"
  # The FILTERDD data sets of the filter shape: SEGA's data sets, and SEGC's.
  printf '%s\n' " INCLUDE(SOAK.SEGA.**) -" " EXCLUDE(SOAK.SEGB.**)" >"$W/filta.txt"
  printf '%s\n' " /* SEGC ONLY */" " INCLUDE(SOAK.SEGC.**)" >"$W/filtc.txt"
  start_server "$W/serve.out" || { finding "server did not start"; return; }
  start_workload
  sleep 1
  local delay=$((RANDOM % 3000)) from=start t0 killed=no first_rc ended_ms
  # Most kills count from the attempt's journal file (the JVM's start is about 1-2 s here).
  run_dss run1
  t0=$(now_ms)
  if [ $((RANDOM % 5)) -ne 0 ]; then
    from=journal
    for _ in $(seq 200); do
      ls "$ROOT/.bwo/journal/$RUN"/attempt-* >/dev/null 2>&1 && break
      kill -0 "$DSS_PID" 2>/dev/null || break
      sleep 0.05
    done
  fi
  local deadline=$(($(now_ms) + delay))
  if [ "$KIND" = STOPW ]; then
    from=window; delay=0; deadline=$(($(now_ms) + 30000))
    while ! grep -q BWO522I "$W/run1.err" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ] \
        && kill -0 "$DSS_PID" 2>/dev/null; do sleep 0.02; done
    deadline=0
  fi
  while [ "$(now_ms)" -lt "$deadline" ] && kill -0 "$DSS_PID" 2>/dev/null; do sleep 0.02; done
  local tk; tk=$(now_ms)
  if [ "$KIND" = NONE ]; then wait "$DSS_PID"; fi
  if kill -0 "$DSS_PID" 2>/dev/null; then
    killed=yes
    case $KIND in
      KILL) kill -KILL "$DSS_PID" ;;
      TERM) kill -TERM "$DSS_PID" ;;
      SERVER) kill -KILL "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
        sleep 1.$((RANDOM % 10))
        stop "$WORK_PID" KILL
        start_server "$W/serve.out" || finding "server did not restart" ;;
      STOP|STOPW) # A step that stops answering (SIGSTOP: paged out, hung): the system must not stay
        # frozen past the window's lease (--lease 10 here) while the step is stopped.
        kill -STOP "$DSS_PID"
        check_running run1
        sleep $((12 - THAW / 1000 > 0 ? 12 - THAW / 1000 : 0))
        kill -CONT "$DSS_PID"
        tk=$(now_ms) ;;
    esac
  fi
  # The dss must end: at once after SIGKILL, in order within 20 s after SIGTERM, and with an
  # RC after losing its server (60 s: it must not hang).
  local limit=60000; [ "$KIND" = TERM ] && limit=20000
  while kill -0 "$DSS_PID" 2>/dev/null && [ $(($(now_ms) - tk)) -lt $limit ]; do sleep 0.05; done
  ended_ms=$(($(now_ms) - tk))
  if kill -0 "$DSS_PID" 2>/dev/null; then
    finding "run1: dss still running ${ended_ms} ms after $KIND (jstack in $W/jstack.txt)"
    jstack "$DSS_PID" >"$W/jstack.txt" 2>&1
    kill -KILL "$DSS_PID"
  fi
  { wait "$DSS_PID"; } 2>/dev/null; first_rc=$?
  check_trace run1
  # A SIGTERM during the JVM's start, before the step opened its listing, leaves none.
  if [ "$killed" = yes ] && [ "$KIND" != KILL ] && [ -e "$W/run1.prt" ]; then
    grep -q ADR012I "$W/run1.prt" 2>/dev/null || finding "run1: listing has no ADR012I after $KIND (rc $first_rc)"
  fi
  if [ "$KIND" = SERVER ] && ! kill -0 "$WORK_PID" 2>/dev/null; then start_workload; fi
  local stopped_thaw=""; [[ "$KIND" == STOP* ]] && [ "$killed" = yes ] && stopped_thaw=$THAW
  check_thawed run1
  [ -n "$stopped_thaw" ] && THAW="$stopped_thaw"
  check_acks run1
  check_tapes run1 partial
  check_status run1 partial
  local phase; phase=$(jq -r '.attempts[-1].phases[-1].phase // "-"' "$W/status.json" 2>/dev/null)
  # The re-run: ends as a clean run would.
  run_dss run2; { wait "$DSS_PID"; } 2>/dev/null; local rc2=$?
  check_trace run2
  [ "$rc2" = "$EXPECT_RC" ] || finding "run2: RC $rc2, a clean run ends $EXPECT_RC (run1 RC $first_rc, phase $phase)"
  check_tapes run2 final
  [ "$RESTORES" = 1 ] && check_segc run2
  check_status run2 final
  local what2=redo; grep -q BWO604I "$W/run2.prt" && what2=noop
  grep -q BWO606W "$W/run2.prt" && what2=clean
  # The third run: a finished run does nothing (a failed one is done again).
  run_dss run3; { wait "$DSS_PID"; } 2>/dev/null; local rc3=$?
  check_trace run3
  [ "$rc3" = "$EXPECT_RC" ] || finding "run3: RC $rc3, expected $EXPECT_RC"
  if [ "$EXPECT_RC" -lt 8 ]; then
    grep -q BWO604I "$W/run3.prt" || finding "run3: a finished run was done again"
  fi
  [ -z "$(debris)" ] || finding "run3: debris: $(debris | sed "s|$W/||" | tr '\n' ' ')"
  stop "$WORK_PID" TERM
  check_acks end
  stop "$SERVER_PID" TERM
  printf '%-4s %-9s %-6s %-7s %5d %-4s rc1=%-3s %6dms last=%-10s thaw=%-5s stale=%d run2=%-5s rc2=%-2s rc3=%-2s%s\n' \
    "c$CYCLE" "$SHAPE" "$KIND" "$from" "$delay" "$killed" "$first_rc" "$ended_ms" "$phase" "$THAW" "$STALE" "$what2" "$rc2" "$rc3" "${MASKED:+ masked:$MASKED}"
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

echo "# soak seed $seed, $cycles cycles, shapes: ${SHAPES[*]}, kinds: ${KINDS[*]}"
for ((CYCLE = ${START:-1}; CYCLE < ${START:-1} + cycles; CYCLE++)); do
  SHAPE=${SHAPES[$(((CYCLE - 1) % ${#SHAPES[@]}))]}
  KIND=${KINDS[$(((CYCLE - 1) / ${#SHAPES[@]} % ${#KINDS[@]}))]}
  cycle
done
echo "# findings: $FINDINGS"
