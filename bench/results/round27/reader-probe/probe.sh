#!/usr/bin/env bash
# usage: probe.sh [DUMP]: builds nothing; needs target/classes (mvn -B -q -o -DskipTests package).
# Writes a 256 MiB dump of 16 data sets of random data to DUMP (default /tmp/reader-probe.bwo)
# once, then times 8 rounds of reading it from the page cache three ways (ReaderProbe.java).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
dump=${1:-/tmp/reader-probe.bwo}
cp="$repo/target/classes:$(cd "$repo" && mvn -B -q -o dependency:build-classpath \
  -Dmdep.outputFile=/dev/stdout 2>/dev/null | tail -1 | sed 's/\x1b\[[0-9;]*m//g')"
out=$(mktemp -d)
javac -d "$out" -cp "$cp" "$here/ReaderProbe.java"
cat "$dump" >/dev/null 2>&1 || true  # held in the page cache, as the benchmark's RESTORE finds it
DD_TAPE="$dump" java -cp "$out:$cp" ReaderProbe "$dump"
rm -rf "$out"
