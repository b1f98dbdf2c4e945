import json, glob, os, statistics as st
rows = {}
for f in sorted(glob.glob('bench/results/round21/ab/*.json')):
    v, i = os.path.basename(f)[:-5].split('-')
    d = json.load(open(f))
    for s in d['sizes']:
        mib = s['totalBytes'] >> 20
        r = s['runs'][0]
        rows.setdefault((mib, v), []).append((i, s['dumpToCp'], s['restoreToCp'], s['cpMBps'], s['dumpMBps'], s['restoreMBps'],
            s['dumpWithWorkloadToCp'], s['dumpWithWorkloadOptimize4ToCp'], s['workloadNoDumpP99Millis'], s['workloadDuringCopyP99Millis'],
            s['workloadDuringOptimize4CopyP99Millis'], s['peakRssMiB'], r['restore']['verifyMillis'], r['restore']['writeMillis']))
for (mib, v), xs in sorted(rows.items()):
    print(f"{mib:5d} {v}")
    for x in xs:
        print("   run %s idle %.2f restore %.2f | cp %4.0f dump %4.0f rst %4.0f MB/s | loaded1 %.2f opt4 %.2f | p99 none %.1f opt1 %.1f opt4 %.1f | rss %.0f | rst pass %.0f commit %.0f" % x)
    print("   median idle %.2f restore %.2f" % (st.median(x[1] for x in xs), st.median(x[2] for x in xs)))
