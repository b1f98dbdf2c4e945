"""Per variant and size: the loaded step's read-back (copy end to step end), s, and the
workload's p99 (and max) in it, pooled.  python3 readback.py DIR..."""
import sys, glob, os, collections
lat = collections.defaultdict(list); dur = collections.defaultdict(list)
for d in sys.argv[1:]:
    for mk in glob.glob(d + '/*.json.trace/*-marks.txt'):
        var = os.path.basename(os.path.dirname(mk)).split('-', 1)[1][:-11]
        run = os.path.basename(mk)[:-10]
        m = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
        a, b = m['loaded'][1], m['loaded'][2]
        key = (run[:run.index('R')], var)
        dur[key].append((b - a) / 1e9)
        lat[key] += [l / 1e6 for s, l in (map(int, x.split()) for x in open(mk[:-10] + '-tx.txt')) if a <= s < b]
for k in sorted(lat):
    v = sorted(lat[k]); p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
    print('%-6s %-7s read-back %s s | n=%d p50 %.2f p99 %.2f max %.1f ms' % (k[0], k[1], ' '.join('%.2f' % x for x in sorted(dur[k])), len(v), p(.5), p(.99), v[-1]))
