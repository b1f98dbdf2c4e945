# Prints, per OPTIMIZE level and size, the loaded copy's speed and the workload's p99 (each run).
import glob, json, os, sys
d = sys.argv[1] if len(sys.argv) > 1 else '.'
rows = []
for f in sorted(glob.glob(os.path.join(d, 'opt*-*.json'))):
    j = json.load(open(f))
    o = j['fastOptimize']
    for s in j['sizes']:
        for r in s['runs']:
            mib = s['totalBytes'] >> 20
            fast, loaded = r['fast'], r['loaded']
            mb = lambda x: x['bytes'] / 1e3 / x['copyMillis']
            rows.append((mib, o, os.path.basename(f),
                         mb(fast), r['cpLoadedMillis'] / fast['copyMillis'], r['duringFast']['p99Millis'],
                         mb(loaded), r['during']['p99Millis'], r['before']['p99Millis'],
                         s['totalBytes'] / 1e3 / r['syncedDirectMillis']))
print('MiB OPT file                 MB/s  /cp   p99 ms | OPT(1) MB/s p99 ms | none p99 | synced MB/s')
for x in sorted(rows):
    print('%4d %d %-20s %5.0f %5.2f %6.1f | %5.0f %6.1f | %6.1f | %5.0f' % x)
