import json,glob,os
# usage: python3 sum.py 'bench/results/round18-ab/ab2-*.json'
# per file and size: dump / cp (idle, OPTIMIZE(1) loaded, OPTIMIZE(4) loaded), the workload's p99
# (no dump, during each loaded copy, during the OPTIMIZE(1) step's read-back), peak RSS, refused,
# and how long the OPTIMIZE(1) step ran after its copy (rbms: the read-back, mostly).
import sys
for f in sorted(glob.glob(sys.argv[1])):
    d=json.load(open(f))
    for s in d['sizes']:
        mib=s['totalBytes']>>20
        print(f"{os.path.basename(f)[:-5]:3} {mib:5} idle {s['dumpToCp']:.2f} L {s['dumpWithWorkloadToCp']:.2f} F {s['dumpWithWorkloadOptimize4ToCp']:.2f}"
              f" | p99 none {s['workloadNoDumpP99Millis']:.1f} L {s['workloadDuringCopyP99Millis']:.1f} ({s['workloadDuringCopyP99Millis']/s['workloadNoDumpP99Millis']:.2f}x)"
              f" F {s['workloadDuringOptimize4CopyP99Millis']:.1f} ({s['workloadDuringOptimize4CopyP99Millis']/s['workloadNoDumpP99Millis']:.2f}x) readback {s['workloadDuringReadBackP99Millis']:.1f} rss {s['peakRssMiB']:.0f} refused {s['refused']} rbms {(s['runs'][0]['loaded']['endedAt']-s['runs'][0]['loaded']['copyTo'])/1e6:.0f}")
