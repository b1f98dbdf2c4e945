import json, glob, os, statistics as st, sys
# usage: python3 sum_flush.py 'DIR/*.json' : per run and size, then medians per variant (first letter of the name)
rows = {}
for f in sorted(glob.glob(sys.argv[1])):
    d = json.load(open(f)); name = os.path.basename(f)[:-5]
    for s in d['sizes']:
        mib = s['totalBytes'] >> 20; r = s['runs'][0]
        v = (r['fastStep']['p99Millis'], r['duringFast']['p99Millis'], r['during']['p99Millis'], r['before']['p99Millis'],
             s['freezeP50Millis'], s['quiesceP50Millis'], s['dumpToCp'], s['dumpWithWorkloadOptimize4ToCp'])
        rows.setdefault((mib, name[0]), []).append(v)
        print(name, mib, 'OPTIMIZE(4) step p99 %.1f copy p99 %.1f | OPTIMIZE(1) copy p99 %.1f | none %.1f | freeze p50 %.1f quiesce p50 %.1f | idle %.2f F %.2f' % v)
for k in sorted(rows):
    l = rows[k]
    print(k, 'medians: step %.1f, F copy %.1f, L copy %.1f, none %.1f, freeze p50 %.1f, quiesce %.1f, idle %.2f, F %.2f' % tuple(st.median([x[i] for x in l]) for i in range(8)))
