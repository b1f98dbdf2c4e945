"""Round 30's A/B summaries: per run, per variant (the file name's part after rN-) and size, and
the pooled 1 GiB groups the README gives. python3 sum.py DIR..."""
import collections, glob, json, statistics as st, sys

rows = collections.defaultdict(list)
for d in sys.argv[1:]:
    for f in sorted(glob.glob(d + '/r*.json')):
        variant = d.rstrip('/').split('/')[-1] + ':' + f.split('/')[-1][:-5].split('-', 1)[1]
        for s in json.load(open(f))['sizes']:
            r = s['runs'][0]; mb = s['totalBytes'] / 1e6
            fast = mb / (r['fast']['copyMillis'] / 1000)
            x = dict(fast=fast, cp=fast / (mb / (r['cpLoadedMillis'] / 1000)),
                     synced=fast / (mb / (r['syncedDirectMillis'] / 1000)),
                     p99=r['duringFast']['p99Millis'], before=r['before']['p99Millis'],
                     p99ratio=r['duringFast']['p99Millis'] / r['before']['p99Millis'],
                     opt1ratio=r['during']['p99Millis'] / r['before']['p99Millis'])
            size = s['totalBytes'] >> 20
            rows[(size, variant)].append(x)
            print(f, size, 'MiB: OPTIMIZE(4) %(fast).0f MB/s, /cp %(cp).2f, /synced %(synced).2f,'
                  ' p99 %(p99).1f ms (no dump %(before).1f): %(p99ratio).2fx; OPTIMIZE(1) p99'
                  ' %(opt1ratio).2fx' % x)

def show(name, l):
    cp = [x['cp'] for x in l]
    print('%-30s %2d runs: %4.0f MB/s, /cp %.2f (%.2f-%.2f, %d at 0.8x or more), /synced %.2f,'
          ' OPTIMIZE(4) p99 %.1f ms, ratio %.2f (%d over 2x), OPTIMIZE(1) p99 ratio %.2f' % (
              name, len(l), st.median(x['fast'] for x in l), st.median(cp), min(cp), max(cp),
              sum(c >= 0.8 for c in cp), st.median(x['synced'] for x in l),
              st.median(x['p99'] for x in l), st.median(x['p99ratio'] for x in l),
              sum(x['p99ratio'] > 2 for x in l), st.median(x['opt1ratio'] for x in l)))

for (size, variant), l in sorted(rows.items()):
    show('%s @ %d MiB' % (variant, size), l)
pooled = {'1 MiB x 3 (ae5d70c)': ['ab1:3-1024', 'ab2:3-1024', 'ab3:1024-false', 'ab4:old'],
          '1 MiB x 1': ['ab1:1-1024', 'ab2:1-1024'],
          '2 MiB (x 1, x 3, in turn)': ['ab2:1-2048', 'ab3:2048-true', 'ab3:2048-false', 'ab4:ag'],
          '4 MiB x 1': ['ab1:1-4096']}
for name, keys in pooled.items():
    l = [x for k in keys for x in rows.get((1024, k), [])]
    if l:
        show(name + ' @ 1024 MiB', l)
