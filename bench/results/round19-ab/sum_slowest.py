import json,glob,os,sys
for f in sorted(glob.glob(sys.argv[1])):
    d=json.load(open(f))
    for s in d['sizes']:
      r=s['runs'][0]
      L=r['loaded']; F=r['fast']
      gap=(F['copyFrom']-L['endedAt'])/1e6
      fs=sorted(r['duringFastSlowest'],key=lambda x:-x[1])[:5]
      ls=sorted(r['duringSlowest'],key=lambda x:-x[1])[:3]
      print(os.path.basename(f)[:-5], s['totalBytes']>>20, 'gap %.0f'%gap, 'F %.2fx'%s['dumpWithWorkloadOptimize4ToCp'], 'p50 none %.1f F %.1f | p99 none %.1f L %.1f F %.1f |'%(r['before']['p50Millis'],r['duringFast']['p50Millis'],r['before']['p99Millis'],r['during']['p99Millis'],r['duringFast']['p99Millis']), 'F:', ' '.join('%.0f@%.0f'%(x[1],x[0]) for x in fs), '| L:', ' '.join('%.0f@%.0f'%(x[1],x[0]) for x in ls))
