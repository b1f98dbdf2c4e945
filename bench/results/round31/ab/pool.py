"""Round 31's pooled A/B: every transaction of every run (trace-bench.diff's RUN-tx.txt), pooled
per variant: the p99 of the loaded copy's window and of the no-dump window before it, and the
latency of those that started in the first EARLY ms of each loaded window (the thaw's moment).
  python3 pool.py DIR [EARLY_MS]"""
import collections, glob, os, sys
d = sys.argv[1]; early_ms = float(sys.argv[2]) if len(sys.argv) > 2 else 60
pools = collections.defaultdict(lambda: collections.defaultdict(list))
for tr in sorted(glob.glob(d + '/r*.json.trace')):
    v = os.path.basename(tr)[:-len('.json.trace')].split('-', 1)[1]
    for mk in glob.glob(tr + '/*-marks.txt'):
        run = os.path.basename(mk)[:-len('-marks.txt')]
        size = run.split('R')[0]
        marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
        tx = [tuple(map(int, l.split())) for l in open(f'{tr}/{run}-tx.txt')]
        p = pools[(size, v)]
        for s, l in tx:
            if l < 0: continue
            if marks['before'][0] <= s < marks['before'][1]: p['before'].append(l)
            for w in ('loaded', 'fast'):
                a, b = marks[w][0], marks[w][1]
                if a <= s < b:
                    p[w].append(l)
                    if s < a + early_ms * 1e6: p[w + '-early'].append(l)
                    else: p[w + '-late'].append(l)
def q(l, f):
    l = sorted(l); return l[min(len(l) - 1, int(len(l) * f))] / 1e6 if l else float('nan')
for (size, v), p in sorted(pools.items()):
    print('%s %-5s before n=%d p99 %.2f | loaded n=%d p50 %.2f p99 %.2f p99.5 %.2f (ratio %.2f), after the first %d ms p99 %.2f; first %d ms: n=%d p50 %.2f p90 %.2f max %.2f | fast p99 %.2f (ratio %.2f), early p90 %.2f' % (
        size, v, len(p['before']), q(p['before'], .99), len(p['loaded']), q(p['loaded'], .5), q(p['loaded'], .99), q(p['loaded'], .995),
        q(p['loaded'], .99) / q(p['before'], .99), early_ms, q(p['loaded-late'], .99), early_ms, len(p['loaded-early']), q(p['loaded-early'], .5), q(p['loaded-early'], .9), q(p['loaded-early'], 1.0),
        q(p['fast'], .99), q(p['fast'], .99) / q(p['before'], .99), q(p['fast-early'], .9)))
print()
# Each run: the loaded copy's p95, p98 and p99 (one run's stall can carry a pooled p99).
for tr in sorted(glob.glob(d + '/r*.json.trace')):
    v = os.path.basename(tr)[:-len('.json.trace')]
    for mk in glob.glob(tr + '/*-marks.txt'):
        run = os.path.basename(mk)[:-len('-marks.txt')]
        marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
        tx = [tuple(map(int, l.split())) for l in open(f'{tr}/{run}-tx.txt')]
        w = lambda k: [l for s, l in tx if marks[k][0] <= s < marks[k][1] and l >= 0]
        print('%-10s %s before p99 %.2f | loaded p95 %.2f p98 %.2f p99 %.2f max %.1f | fast p95 %.2f p99 %.2f' % (v, run, q(w('before'), .99), q(w('loaded'), .95), q(w('loaded'), .98), q(w('loaded'), .99), q(w('loaded'), 1), q(w('fast'), .95), q(w('fast'), .99)))
