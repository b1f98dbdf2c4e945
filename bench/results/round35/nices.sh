#!/bin/bash
# Round 35: every 0.5 s, the nice value of the threads a dump and a commit run on, one line each
# (pid tid ni comm), into $1 until killed.
while true; do
  ps -eLo pid,tid,ni,comm | grep -E 'bwo-copy|bwo-dump-wri|bwo-yielding|bwo-writeback|bwo-segment-cl|bench-load|bwo-redo'
  sleep 0.5
done >> "$1"
