import re,collections,sys
lines=open(sys.argv[1]).read().splitlines()
pat=re.compile(r'^\s*(.+?)\s+(\d+)\s+([\d.]+):\s+(\S+):\s*(.*)$')
enter={}
ev=[]  # (comm, tid, name, start, dur, count)
blk=[]
for l in lines:
    m=pat.match(l)
    if not m: continue
    comm,tid,t,name,rest=m.groups(); t=float(t)
    if name.startswith('syscalls:sys_enter_'):
        enter[tid]=(t,name[19:],rest)
    elif name.startswith('syscalls:sys_exit_'):
        if tid in enter:
            t0,n,r=enter.pop(tid)
            cnt=re.search(r'count: (0x[0-9a-f]+)',r)
            ev.append((comm,tid,n,t0,t-t0,int(cnt.group(1),16) if cnt else 0))
    elif name.startswith('block:'):
        blk.append((t,name,rest))
# dump writes: pwrite64 of 1 MiB from bwo-dump-writer
dw=[e for e in ev if e[0].startswith('bwo-dump-wri') and e[2]=='pwrite64']
print('dump writes',len(dw))
if dw:
    t0=min(e[3] for e in dw); t1=max(e[3]+e[4] for e in dw)
    d=sorted(e[4]*1000 for e in dw)
    print('span %.0f ms; write ms p50 %.2f p90 %.2f p99 %.2f max %.2f sum %.0f'%((t1-t0)*1000,d[len(d)//2],d[len(d)*9//10],d[len(d)*99//100],d[-1],sum(d)))
    # concurrency: time with >=1 write in flight
    pts=sorted([(e[3],1) for e in dw]+[(e[3]+e[4],-1) for e in dw])
    cur=0;last=t0;busy=0;depth=collections.Counter()
    for t,dlt in pts:
        depth[cur]+=t-last
        if cur>0: busy+=t-last
        cur+=dlt;last=t
    print('time with a write in flight %.0f ms of span; depth ms:'%(busy*1000), {k:round(v*1000) for k,v in sorted(depth.items())})
    # copy threads preads in the span
    cr=[e for e in ev if e[0].startswith('bwo-copy') and e[2]=='pread64']
    d=sorted(e[4]*1000 for e in cr)
    if d: print('copy preads',len(cr),'ms p50 %.3f p99 %.2f sum %.0f'%(d[len(d)//2],d[len(d)*99//100],sum(d)), 'bytes', sum(e[5] for e in cr)>>20,'MiB')
    # others in span
    oth=collections.defaultdict(list)
    for e in ev:
        if t0<=e[3]<=t1 and not e[0].startswith('bwo-dump-wri') and not e[0].startswith('bwo-copy'):
            oth[(e[0],e[2])].append(e[4]*1000)
    for k,v in sorted(oth.items(), key=lambda kv:-sum(kv[1]))[:12]:
        v.sort(); print(k,len(v),'p50 %.2f max %.2f sum %.0f'%(v[len(v)//2],v[-1],sum(v)))
    # block requests in span
    bi=[b for b in blk if b[1]=='block:block_rq_issue' and t0<=b[0]<=t1]
    kinds=collections.Counter()
    for b in bi:
        m=re.search(r'\d+,\d+ (\S+) (\d+)',b[2])
        kinds[m.group(1) if m else b[2][:20]]+=1
    print('block issues in span', len(bi), kinds.most_common(10))
