#!/usr/bin/env python3
# Round 35: for each run of an A/B folder (trace-bench.diff's marks), the CPU the dss used and the
# run-queue wait of the threads a commit passes through (the load's bench-load-N, the server's
# bwo-segment-cli and bwo-redo-log), in ms per transaction (200/s), per window; from
# cpusample.py's samples taken through the whole A/B.
#   python3 rqwin.py CPU.txt ABDIR
import bisect, collections, glob, os, re, sys
series = collections.defaultdict(list); info = {}
for line in open(sys.argv[1]):
    t, pid, role, tid, comm, cpu, rq, sl = line.split()
    series[(pid, tid)].append((int(t), int(cpu), int(rq))); info[(pid, tid)] = (role, comm)
times = {k: [s[0] for s in v] for k, v in series.items()}
def at(k, t):
    i = bisect.bisect_right(times[k], t) - 1
    return series[k][i] if i >= 0 else None
COMMIT = re.compile(r'bench-load|bwo-segment-cli|bwo-redo-log')
tot = collections.defaultdict(list)
for mk in sorted(glob.glob(sys.argv[2] + '/r*.json.trace/*-marks.txt')):
    v = mk.split('/')[-2][:-len('.json.trace')].split('-', 1)[1]
    marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
    out = []
    for w in ('before', 'loaded', 'fast'):
        a, b = marks[w][0], marks[w][1]; secs = (b - a) / 1e9
        rq = dss = 0
        for k in series:
            x, y = at(k, a), at(k, b)
            if y is None or y[0] < a: continue
            if x is None: x = (a, 0, 0)
            role, comm = info[k]
            if role in ('bench', 'server') and COMMIT.match(comm): rq += y[2] - x[2]
            if role == 'dss': dss += y[1] - x[1]
        per_tx = rq / 1e6 / (200 * secs)
        tot[(v, w)].append(per_tx)
        out.append('%s rq %.2f ms/tx, dss %.2f cpus' % (w, per_tx, dss / 1e9 / secs))
    print('%-6s %s' % (v, ' | '.join(out)))
for k in sorted(tot): print(k, 'median %.2f' % sorted(tot[k])[len(tot[k]) // 2], ['%.2f' % x for x in tot[k]])
