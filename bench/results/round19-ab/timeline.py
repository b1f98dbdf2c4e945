import json,sys,os
i=sys.argv[1]
d=json.load(open(f'/tmp/abt/ab19t/R_{i}.json'))
r=d['sizes'][0]['runs'][0]
F=r['fast']; c0=F['copyFrom']; c1=F['copyTo']
ev=[]
for x in r['duringFastSlowest']:
    ev.append((x[0], f'TX START latency {x[1]:.1f} ms (ends {x[0]+x[1]:.1f})'))
for name in ('dss','srv'):
    p=f'/tmp/abtrace/{i}/{name}.txt'
    if not os.path.exists(p): continue
    for line in open(p):
        parts=line.split(' ',3)
        t=int(parts[0])
        rel=(t-c0)/1e6
        if -150 < rel < (c1-c0)/1e6+50:
            what=parts[3].strip()
            if what.startswith('logforce'):
                us=int(what.split()[1]); st=(int(what.split()[4])-c0)/1e6
                ev.append((st, f'{name} LOGFORCE {us/1000:.1f} ms (start)'))
            else:
                ev.append((rel, f'{name} {parts[2]} {what}'))
ev.sort()
print('copy window %.0f ms'%((c1-c0)/1e6))
for t,w in ev:
    if 'block' in w or 'written' in w:
        # thin: only first 12 and every 16th
        pass
    print('%8.1f %s'%(t,w))
