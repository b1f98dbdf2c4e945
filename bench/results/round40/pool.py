# Round 40's A/B pooled: for each variant and size, the medians over its runs of the workload's
# p99 during the OPTIMIZE(4) copy, its p99 without a dump, their ratio, and the OPTIMIZE(4) dump's
# MB/s and ratio to cp.   python3 pool.py ab2
import glob, json, re, statistics as st, sys
rows = {}
for f in sorted(glob.glob(sys.argv[1] + '/r*-*.json')):
    variant = re.search(r'r\d+-(\w+)\.json$', f).group(1)
    for s in json.load(open(f))['sizes']:
        rows.setdefault((variant, s['totalBytes'] >> 20), []).append((
            s['workloadDuringOptimize4CopyP99Millis'], s['workloadNoDumpP99Millis'],
            s['dumpWithWorkloadOptimize4MBps'], s['dumpWithWorkloadOptimize4ToCp']))
for (variant, mib), r in sorted(rows.items()):
    print(f'{variant:6} {mib:5} MiB, {len(r)} runs: O4 p99 {st.median(x[0] for x in r):.1f} ms '
          f'(runs {", ".join(f"{x[0]:.1f}" for x in r)}), none {st.median(x[1] for x in r):.1f}, '
          f'ratio {st.median(x[0] / x[1] for x in r):.2f}x; O4 {st.median(x[2] for x in r):.0f} MB/s, '
          f'{st.median(x[3] for x in r):.2f}x of cp')
