import sys,re,collections
w=collections.defaultdict(list); first=collections.defaultdict(list); p99=collections.defaultdict(list)
for l in open(sys.argv[1]):
    m=re.match(r'(\d+) (\S+) .*p99 ([\d.]+) ms \[(.*)\]',l)
    if m:
        xs=[float(x) for x in m.group(4).split(',')]
        w[m.group(2)]+=xs[1:]; first[m.group(2)].append(xs[0]); p99[m.group(2)].append(float(m.group(3)))
for v in w:
    xs=sorted(w[v]); f=sorted(first[v]); q=lambda a,p:a[min(len(a)-1,int(p*len(a)))]
    print('%-6s runs %d | later windows: p50 %.1f p90 %.1f p95 %.1f max %.1f | first: median %.1f max %.1f | run p99s median %.1f, >20: %d | %s'%(v,len(f),q(xs,.5),q(xs,.9),q(xs,.95),xs[-1],q(f,.5),f[-1],sorted(p99[v])[len(p99[v])//2],sum(1 for x in p99[v] if x>20),' '.join('%.1f'%x for x in p99[v])))
