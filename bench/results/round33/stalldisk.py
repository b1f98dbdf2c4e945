"""Round 33: each stall (commits of 28 ms or more, grouped as stalls.py does) with what the disk
did around it, from sample.py's 20 ms samples of /proc/diskstats (vda) and /proc/vmstat: MB
written and writes completed from 0.5 s before the stall's first slow commit began to its last
one's end, the most requests in flight, the disk's busy share, and the dirty / writeback pages
(MiB) at the stall's start; and the same for the run's no-dump window as a whole, per second.
  python3 stalldisk.py SAMPLES DIR..."""
import sys, glob, os, bisect
S = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 7]
T = [s[0] for s in S]
def span(a, b):
    i, j = bisect.bisect_left(T, a), bisect.bisect_right(T, b)
    if j - i < 2: return None
    w = S[i:j]
    mb = (w[-1][1] - w[0][1]) * 512 / 1e6
    wr = w[-1][2] - w[0][2]
    infl = max(x[3] for x in w)
    busy = (w[-1][4] - w[0][4]) / ((w[-1][0] - w[0][0]) / 1e6)
    return mb, wr, infl, busy, w[0][5] * 4 / 1024, w[0][6] * 4 / 1024, (w[-1][0] - w[0][0]) / 1e9
for d in sys.argv[2:]:
  for tr in sorted(glob.glob(d + '/*.json.trace')):
    for mk in sorted(glob.glob(tr + '/*-marks.txt')):
        run = os.path.basename(mk)[:-len('-marks.txt')]
        marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(mk)}
        tx = [tuple(map(int, l.split())) for l in open(f'{tr}/{run}-tx.txt')]
        b0 = marks['before'][0]
        def where(t):
            for k in ('before', 'loaded', 'fast'):
                if marks[k][0] <= t < marks[k][1]: return k[0]
            return '-'
        base = span(marks['before'][0], marks['before'][1])
        name = os.path.basename(tr)[:-11] + ' ' + run
        if base:
            print('%-22s no-dump window: %.1f MB/s, %.0f writes/s, in flight <= %d, busy %.0f%%' % (
                name, base[0] / base[6], base[1] / base[6], base[2], 100 * base[3]))
        slow = sorted((s, l) for s, l in tx if l >= 28e6)
        groups = []
        for s, l in slow:
            if groups and s - groups[-1][1] < 0.3e9:
                groups[-1][1] = s; groups[-1][2] = max(groups[-1][2], l); groups[-1][3] = max(groups[-1][3], s + l)
            else: groups.append([s, s, l, s + l])
        for g in groups:
            x = span(g[0] - 500_000_000, g[3])
            if x:
                print('   %s@%.2f %4dms: %.1f MB in %.2f s (%d writes), in flight <= %d, busy %.0f%%, dirty %.0f MiB, writeback %.0f MiB' % (
                    where(g[0]), (g[0] - b0) / 1e9, g[2] / 1e6, x[0], x[6], x[1], x[2], 100 * x[3], x[4], x[5]))
