"""Pools the count A/B's freeze windows per variant: each run's 10 windows (1,000 data sets).
  python3 poolcount.py FILE...  (abcount.sh's outputs)"""
import sys, re, collections
w = collections.defaultdict(list); runs = collections.defaultdict(list)
for f in sys.argv[1:]:
    for line in open(f):
        m = re.match(r'(\d+) (\w+) .*p50 ([\d.]+) ms, p99 ([\d.]+) ms \[(.*)\]', line)
        if m:
            xs = [float(x) for x in m.group(5).split(',')]
            w[m.group(2)] += xs; runs[m.group(2)].append((float(m.group(3)), float(m.group(4))))
for v in sorted(w):
    xs = sorted(w[v]); p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
    print('%-5s %d windows: p50 %.1f p90 %.1f max %.1f ms; without each run\'s first: p50 %.1f max %.1f | runs\' p50 %s | runs\' p99 %s' % (
        v, len(xs), p(.5), p(.9), xs[-1],
        sorted(x for i, x in enumerate(w[v]) if i % 10)[len(xs) * 9 // 20],
        max(x for i, x in enumerate(w[v]) if i % 10),
        ' '.join('%.1f' % a for a, b in runs[v]), ' '.join('%.1f' % b for a, b in runs[v])))
