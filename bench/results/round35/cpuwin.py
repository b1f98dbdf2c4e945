#!/usr/bin/env python3
# Round 35: per window (before: no dump; loaded: the OPTIMIZE(1) copy; fast: OPTIMIZE(4)) of each
# run in TRACE (trace-bench.diff's marks), each process role's and thread group's CPU (share of
# the window, in processors) and run-queue wait (ms per second of window), from cpusample.py.
#   python3 cpuwin.py CPU.txt TRACE_DIR [BY_THREAD]
import bisect, collections, glob, os, re, sys
samples = collections.defaultdict(list)   # (pid, tid) -> [(t, cpu, runq)]
info = {}
times = []
for line in open(sys.argv[1]):
    t, pid, role, tid, comm, cpu, rq, sl = line.split()
    t = int(t); samples[(pid, tid)].append((t, int(cpu), int(rq)))
    info[(pid, tid)] = (role, comm)
def at(series, t):
    i = bisect.bisect_right([s[0] for s in series], t) - 1
    return series[i] if i >= 0 else None
def group(comm):
    comm = re.sub(r'[-_#]?\d+$', '', comm)
    return comm
by_thread = len(sys.argv) > 3
for mk in sorted(glob.glob(sys.argv[2] + '/*-marks.txt')):
    marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
    print(os.path.basename(mk))
    for w in ('before', 'loaded', 'fast'):
        a, b = marks[w][0], marks[w][1]
        secs = (b - a) / 1e9
        acc = collections.defaultdict(lambda: [0, 0])
        for k, s in samples.items():
            x, y = at(s, a), at(s, b)
            if y is None: continue
            if x is None: x = (a, 0, 0)
            role, comm = info[k]
            key = (role, group(comm)) if by_thread else (role,)
            acc[key][0] += y[1] - x[1]; acc[key][1] += y[2] - x[2]
        tot = sum(v[0] for v in acc.values())
        print('  %-6s %5.2f s  all %.2f cpus | ' % (w, secs, tot / 1e9 / secs) + '  '.join(
            '%s %.3f cpu rq %.1f ms/s' % ('/'.join(k), v[0] / 1e9 / secs, v[1] / 1e6 / secs)
            for k, v in sorted(acc.items(), key=lambda kv: -kv[1][0]) if v[0] / 1e9 / secs > 0.004))
