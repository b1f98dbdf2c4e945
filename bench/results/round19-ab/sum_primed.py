import json, glob, os, statistics as st, sys
# usage: python3 sum_primed.py 'bench/results/round19-ab/primed/*.json'
# per run and size: the workload's p99 during the OPTIMIZE(4) copy, over its whole step and with no
# dump; the OPTIMIZE(4) dump / cp; the OPTIMIZE(1) copy's p99; idle dump and RESTORE / cp; the
# OPTIMIZE(4) copy's 4 slowest transactions (latency ms @ ms from the copy window's start).
# Then the medians per size and variant (the first letter of the file's name).
rows = {}
for f in sorted(glob.glob(sys.argv[1])):
    d = json.load(open(f)); name = os.path.basename(f)[:-5]
    for s in d['sizes']:
        mib = s['totalBytes'] >> 20; r = s['runs'][0]
        fs = sorted(r['duringFastSlowest'], key=lambda x: -x[1])[:4]
        v = (r['duringFast']['p99Millis'], r['fastStep']['p99Millis'], r['before']['p99Millis'],
             s['dumpWithWorkloadOptimize4ToCp'], r['during']['p99Millis'], s['dumpToCp'], s['restoreToCp'])
        rows.setdefault((mib, name[0]), []).append(v)
        print(name, mib, 'F p99 %.1f step %.1f none %.1f (%.2fx) F/cp %.2f | L p99 %.1f | idle %.2f restore %.2f |'
              % (v[0], v[1], v[2], v[0] / v[2], v[3], v[4], v[5], v[6]),
              ' '.join('%.0f@%.0f' % (x[1], x[0]) for x in fs))
for k in sorted(rows):
    l = rows[k]
    print(k, 'medians: F p99 %.1f, step p99 %.1f, none p99 %.1f, F/cp %.2f, L p99 %.1f, idle %.2f, restore %.2f'
          % tuple(st.median([x[i] for x in l]) for i in range(7)),
          '; F p99 / none, each run:', ' '.join('%.2f' % (x[0] / x[2]) for x in l))
