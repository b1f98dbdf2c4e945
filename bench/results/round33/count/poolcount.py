"""Pools a count A/B's freeze windows per variant: each run's 10 windows (1,000 data sets).
  python3 poolcount.py FILE...  (the outputs of abcount.sh, or of round 34's ab/ab.sh)
Since round 34 each line also gives the runs' first windows (the first after the server's start)
apart from the later ones, and the median of the runs' p99s."""
import sys, re, collections
w = collections.defaultdict(list); runs = collections.defaultdict(list)
for f in sys.argv[1:]:
    for line in open(f):
        m = re.match(r'(\d+) (\w+) .*p50 ([\d.]+) ms, p99 ([\d.]+) ms \[(.*)\]', line)
        if m:
            xs = [float(x) for x in m.group(5).split(',')]
            w[m.group(2)] += xs; runs[m.group(2)].append((float(m.group(3)), float(m.group(4))))
p = lambda a, q: a[min(len(a) - 1, int(q * len(a)))]
for v in sorted(w):
    xs = sorted(w[v])
    later = sorted(x for i, x in enumerate(w[v]) if i % 10)
    first = sorted(x for i, x in enumerate(w[v]) if i % 10 == 0)
    p99s = sorted(b for a, b in runs[v])
    print('%-5s %d windows: p50 %.1f p90 %.1f max %.1f ms; without each run\'s first: p50 %.1f max %.1f | runs\' p50 %s | runs\' p99 %s' % (
        v, len(xs), p(xs, .5), p(xs, .9), xs[-1],
        later[len(xs) * 9 // 20], later[-1],
        ' '.join('%.1f' % a for a, b in runs[v]), ' '.join('%.1f' % b for a, b in runs[v]))
        + ' | later windows p50 %.1f p90 %.1f p95 %.1f; first median %.1f (largest %.1f); runs\' p99 median %.1f, over 20 ms in %d of %d' % (
        p(later, .5), p(later, .9), p(later, .95), p(first, .5), first[-1], p99s[len(p99s) // 2],
        sum(1 for x in p99s if x > 20), len(p99s)))
