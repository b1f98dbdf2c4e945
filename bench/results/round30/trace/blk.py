import re,collections,sys
lines=open(sys.argv[1]).read().splitlines()
dw=[]
ent={}
for l in lines:
    m=re.match(r'^\s*(.+?)\s+(\d+)\s+([\d.]+):\s+(\S+):',l)
    if not m: continue
    comm,tid,t,name=m.groups();t=float(t)
    if comm.startswith(sys.argv[2]) and 'pwrite64' in name:
        dw.append(t)
t0,t1=min(dw),max(dw)
c=collections.Counter()
for l in lines:
    if 'block_rq_issue' not in l: continue
    m=re.search(r'\s([\d.]+):\s+block:block_rq_issue: \S+ (\S+) (\d+) \(\) \d+ \+ (\d+) .*\[(.*)\]',l)
    if m and t0<=float(m.group(1))<=t1: c[(m.group(5)[:15],m.group(2),int(m.group(3))>>10)]+=1
print('span %.0f ms'%((t1-t0)*1000))
for k,v in c.most_common(14): print(v,k)
