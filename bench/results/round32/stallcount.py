"""Round 32: in the full runs' JSON files (rounds 20 on keep each window's 12 slowest commits),
how many windows had a commit of 28 ms or more: the no-dump window, the OPTIMIZE(1) copy's and
the OPTIMIZE(4) copy's, per size.
  python3 stallcount.py bench/results/full-round2*.json bench/results/full-round3*.json"""
import collections, json, sys
c = collections.defaultdict(lambda: [0, 0, 0, 0])
for f in sys.argv[1:]:
    for s in json.load(open(f)).get('sizes', []):
        for r in s.get('runs', []):
            if 'duringSlowest' not in r:
                continue
            k = c[s['totalBytes'] >> 20]
            k[0] += 1
            k[1] += any(x[1] >= 28 for x in r.get('beforeSlowest', []))
            k[2] += any(x[1] >= 28 for x in r['duringSlowest'])
            k[3] += any(x[1] >= 28 for x in r.get('duringFastSlowest', []))
for size, (runs, before, opt1, opt4) in sorted(c.items()):
    print('%5d MiB: %d runs; windows with a commit of 28 ms or more: no dump %d, OPTIMIZE(1) copy'
          ' %d, OPTIMIZE(4) copy %d' % (size, runs, before, opt1, opt4))
