"""Round 32: for A/B folders run with round 31's trace-bench.diff, each run's commits of 28 ms or
more, grouped into stalls (less than 0.3 s apart), each with its window (b no dump, l the
OPTIMIZE(1) copy, f the OPTIMIZE(4) copy, - between them), its time in s from the no-dump
window's start and its slowest commit; L and F give the copies' windows.
  python3 stalls.py ab/ab1 ab/ab2 ..."""
import sys, glob, os
for d in sys.argv[1:]:
  for tr in sorted(glob.glob(d + '/*.json.trace')):
    for mk in glob.glob(tr + '/*-marks.txt'):
        run = os.path.basename(mk)[:-len('-marks.txt')]
        marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
        tx = [tuple(map(int, l.split())) for l in open(f'{tr}/{run}-tx.txt')]
        b0 = marks['before'][0]
        slow = sorted((s, l) for s, l in tx if l >= 28e6)
        groups = []
        for s, l in slow:
            if groups and s - groups[-1][1] < 0.3e9: groups[-1][1] = s; groups[-1][2] = max(groups[-1][2], l)
            else: groups.append([s, s, l])
        def where(t):
            for k in ('before', 'loaded', 'fast'):
                if marks[k][0] <= t < marks[k][1]: return k
            return '-'
        w = ' '.join('%s@%.1f(%dms)' % (where(g[0])[0], (g[0]-b0)/1e9, g[2]/1e6) for g in groups)
        print('%-40s L=%.1f..%.1f F=%.1f..%.1f  %s' % (os.path.basename(tr)[:-11] + ' ' + run,
              (marks['loaded'][0]-b0)/1e9, (marks['loaded'][1]-b0)/1e9, (marks['fast'][0]-b0)/1e9, (marks['fast'][1]-b0)/1e9, w))
