"""Round 31's ab1: per variant (the file name's part after rN-) and size, the medians of each
run's no-dump p99, OPTIMIZE(1) p99 during the copy and their ratio (each run's too), the slowest
commit starting in the copy's first 100 ms, and OPTIMIZE(4)'s ratio. python3 sum.py DIR"""
import collections, glob, json, statistics as st, sys
rows = collections.defaultdict(list)
for f in sorted(glob.glob(sys.argv[1] + '/r*.json')):
    v = f.split('/')[-1][:-5].split('-', 1)[1]
    for s in json.load(open(f))['sizes']:
        r = s['runs'][0]; size = s['totalBytes'] >> 20
        early = [l for t, l in r['duringSlowest'] if t < 100]
        rows[(size, v)].append(dict(before=r['before']['p99Millis'], during=r['during']['p99Millis'],
            ratio=r['during']['p99Millis'] / r['before']['p99Millis'], early=max(early) if early else 0,
            fast=r['duringFast']['p99Millis'] / r['before']['p99Millis']))
for (size, v), l in sorted(rows.items()):
    print('%4d %-5s n=%d before %.2f during %.2f ratio %.2f (%s) earliest-100ms max %.1f | OPT4 ratio %.2f' % (size, v, len(l),
        st.median(x['before'] for x in l), st.median(x['during'] for x in l), st.median(x['ratio'] for x in l),
        ' '.join('%.2f' % x['ratio'] for x in l), st.median(x['early'] for x in l), st.median(x['fast'] for x in l)))
