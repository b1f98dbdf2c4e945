import sys, statistics as st
f=sys.argv[1]; base=sys.argv[2]
rows=[l.split() for l in open(f) if 'rc=' in l]
d={}
for r in rows:
    kv=dict(x.split('=') for x in r[2:])
    assert kv['rc']=='0', r
    d.setdefault(r[1],[]).append((int(r[0]), int(kv['wall']), int(kv['pass']), int(kv['commits']), int(kv['total'])))
for k,v in d.items():
    print(k, 'wall', st.median(x[1] for x in v), 'pass', st.median(x[2] for x in v), 'commits', st.median(x[3] for x in v), 'total', st.median(x[4] for x in v), sorted(x[4] for x in v))
A={x[0]:x for x in d[base]}
for k in d:
    if k==base: continue
    diffs=[A[x[0]][4]-x[4] for x in d[k]]; wd=[A[x[0]][1]-x[1] for x in d[k]]
    print(k, 'vs', base, 'total shorter by median', st.median(diffs), 'in', sum(1 for x in diffs if x>0), 'of', len(diffs), '; wall shorter by', st.median(wd), 'in', sum(1 for x in wd if x>0))
