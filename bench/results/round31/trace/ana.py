"""Round 31's timeline of a loaded dump: the workload's transactions (from the scratch Bench of
trace-bench.diff, which writes RUN-tx.txt and RUN-marks.txt) beside the sync and write calls a
system-wide `perf record -k CLOCK_MONOTONIC` caught (System.nanoTime is CLOCK_MONOTONIC, so the
two line up). Times in ms from the window's start (side files first seen).
  perf script -i perf.data -F comm,pid,tid,time,event,trace > perf.txt
  python3 ana.py perf.txt TRACEDIR RUN [loaded|fast] [FROM_MS] [TO_MS] [MIN_TX_MS] [MIN_CALL_MS]
"""
import re, sys

perf, trdir, run = sys.argv[1:4]
win = sys.argv[4] if len(sys.argv) > 4 else 'loaded'
lo, hi = (float(sys.argv[5]) if len(sys.argv) > 5 else -20), (float(sys.argv[6]) if len(sys.argv) > 6 else 120)
min_tx, min_call = (float(sys.argv[7]) if len(sys.argv) > 7 else 0), (float(sys.argv[8]) if len(sys.argv) > 8 else 0.3)
marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(f'{trdir}/{run}-marks.txt')}
f0 = marks[win][0]
tx = [tuple(map(int, l.split())) for l in open(f'{trdir}/{run}-tx.txt')]
entered, calls = {}, []
rx = re.compile(r'^\s*(\S.*?)\s+(\d+)/(\d+)\s+([\d.]+):\s+syscalls:sys_(enter|exit)_(\w+):')
for line in open(perf):
    m = rx.match(line)
    if not m:
        continue
    comm, pid, tid, t, ee, sc = m.groups()
    t = int(float(t) * 1e9)
    if ee == 'enter':
        entered[tid] = t
    elif tid in entered:
        s = entered.pop(tid)
        calls.append((s, t - s, comm, pid, sc))
inside = lambda s: f0 + lo * 1e6 <= s < f0 + hi * 1e6
ev = [(s, 'TX start, %7.2f ms, ends %.2f' % (l / 1e6, (s + l - f0) / 1e6))
      for s, l in tx if inside(s) and l / 1e6 >= min_tx]
ev += [(s, '%s %s/%s %.2f ms, ends %.2f' % (sc, comm, pid, d / 1e6, (s + d - f0) / 1e6))
       for s, d, comm, pid, sc in calls if inside(s) and d / 1e6 >= min_call]
for s, e in sorted(ev):
    print('%9.2f %s' % ((s - f0) / 1e6, e))
