#!/usr/bin/env bash
# every 0.5 s: time, pgpgin/pgpgout (KiB read/written to disk), Dirty, Writeback, Cached (MiB), and whether a RESTORE step runs
while true; do
  t=$(date +%s.%N | cut -c1-14)
  read pin pout < <(awk '/^pgpgin /{i=$2} /^pgpgout /{o=$2} END{print i, o}' /proc/vmstat)
  read dirty wb cached < <(awk '/^Dirty:/{d=$2} /^Writeback:/{w=$2} /^Cached:/{c=$2} END{print int(d/1024), int(w/1024), int(c/1024)}' /proc/meminfo)
  r=$(pgrep -f -- '--run-id M[0-9]+R[0-9]X' >/dev/null && echo RESTORE || echo -)
  echo "$t $pin $pout $dirty $wb $cached $r"
  sleep 0.5
done
