import json,glob,sys,statistics as st
rows={}
for f in sorted(glob.glob(sys.argv[1]+'/*.json')):
    d=json.load(open(f)); v=f.split('-',1)[1][:-5]
    for s in d['sizes']:
        mb=s['totalBytes']>>20
        r=(s['dumpWithWorkloadOptimize4MBps'], s['dumpWithWorkloadOptimize4ToCp'], s['workloadDuringOptimize4CopyP99Millis'], s['workloadNoDumpP99Millis'], s['workloadDuringCopyP99Millis'], s['cpMBps'])
        rows.setdefault((mb,v),[]).append(r)
        print(f.split('/')[-1], mb, 'O4 %.0f MB/s %.2fx  p99 %.1f / %.1f = %.2fx  O1 p99 %.1f  cp %.0f'%(r[0],r[1],r[2],r[3],r[2]/r[3],r[4],r[5]))
print()
for (mb,v),rs in sorted(rows.items()):
    print(mb,v,'median O4 %.0f MB/s %.2fx, p99 %.1f ms, ratio %.2fx, noDump %.1f'%(st.median(r[0] for r in rs),st.median(r[1] for r in rs),st.median(r[2] for r in rs),st.median(r[2]/r[3] for r in rs),st.median(r[3] for r in rs)))
