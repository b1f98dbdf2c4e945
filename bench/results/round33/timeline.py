"""Per 0.5 s of one run: MB written, writes, most in flight, dirty and writeback MiB, commits
started and the slowest (ms).  python3 timeline.py SAMPLES TRACEDIR RUN [FROM_S]"""
import sys, bisect
S = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 7]
T = [s[0] for s in S]
tr, run = sys.argv[2], sys.argv[3]
marks = {l.split()[0]: list(map(int, l.split()[1:])) for l in open(f'{tr}/{run}-marks.txt')}
tx = [tuple(map(int, l.split())) for l in open(f'{tr}/{run}-tx.txt')]
b0 = marks['before'][0]
frm = float(sys.argv[4]) if len(sys.argv) > 4 else -1
print({k: ['%.2f' % ((x - b0) / 1e9) for x in v] for k, v in marks.items()})
t = b0 + int(frm * 1e9)
end = max(marks['fast'][2], marks['fast'][1]) + 1_000_000_000
while t < end:
    i, j = bisect.bisect_left(T, t), bisect.bisect_right(T, t + 500_000_000)
    w = S[i:j]
    if len(w) >= 2:
        c = [l for s, l in tx if t <= s < t + 500_000_000]
        print('%6.1f %7.1f MB %5d wr infl<=%3d dirty %5.0f wb %4.0f | %3d tx max %6.1f ms' % (
            (t - b0) / 1e9, (w[-1][1] - w[0][1]) * 512 / 1e6, w[-1][2] - w[0][2], max(x[3] for x in w),
            w[0][5] * 4 / 1024, w[0][6] * 4 / 1024, len(c), max(c, default=0) / 1e6))
    t += 500_000_000
