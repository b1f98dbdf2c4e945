import json,glob,os,sys,statistics as st
rows={}
for f in sorted(glob.glob(sys.argv[1])):
    d=json.load(open(f))
    s=d['sizes'][0]; r=s['runs'][0]
    name=os.path.basename(f)[:-5]
    fs=sorted(r['duringFastSlowest'],key=lambda x:-x[1])[:4]
    pre=sorted(r['fastPreSlowest'],key=lambda x:-x[1])[:3]
    v=name.split('_')[0]
    rows.setdefault(v,[]).append((r['duringFast']['p99Millis'], r['duringFast']['p50Millis'], r['fastPre']['p99Millis'], r['fastStep']['p99Millis'], s['dumpWithWorkloadOptimize4ToCp'], r['before']['p99Millis']))
    print(name, 'F %.2fx'%s['dumpWithWorkloadOptimize4ToCp'], 'p99 none %.1f | F copy p50 %.1f p99 %.1f | pre-copy n %d p99 %.1f | whole step p99 %.1f |'%(r['before']['p99Millis'], r['duringFast']['p50Millis'], r['duringFast']['p99Millis'], r['fastPre']['committed'], r['fastPre']['p99Millis'], r['fastStep']['p99Millis']), ' '.join('%.0f@%.0f'%(x[1],x[0]) for x in fs), '| pre', ' '.join('%.0f@%.0f'%(x[1],x[0]) for x in pre))
for v,l in rows.items():
    print(v, 'medians: F p99 %.1f, F p50 %.1f, pre p99 %.1f, step p99 %.1f, F/cp %.2f, none p99 %.1f'%tuple(st.median([x[i] for x in l]) for i in range(6)))
