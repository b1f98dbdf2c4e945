# Round 40's probe: what a commit (a 4 KiB write and fdatasync, 200 a second) waits for beside a
# writer of 2 MiB O_DIRECT | O_DSYNC writes, with and without a gate: the committer sets a flag in
# a shared mapping (/dev/shm/gp.flag) for the length of its write and force, and the writer, in
# "gate" mode, waits (in 50 us sleeps, 10 ms at most) while it is set before each write.
#   python3 commit_gate_probe.py DIR MODE SECONDS LOG
# MODE: none (no writer), plain (the writer, no gate), gate; LOG: append (the log grows) or zeroed
# (written in place over 64 MiB of zeros made first). Prints the commits' p50/p99/max and the
# writer's MB/s and share of time held.
# committer: 4 KiB write + fdatasync at RATE/s; writer: 2 MiB O_DIRECT|O_DSYNC; optional gate
import os, sys, mmap, time, struct, multiprocessing as mp
D = sys.argv[1]; MODE = sys.argv[2]; SECS = float(sys.argv[3]); RATE = 200
flagf = '/dev/shm/gp.flag'
with open(flagf, 'wb') as f: f.write(b'\0' * 4096)
def committer(q):
    LOG = sys.argv[4]
    try: os.unlink(D + '/log')
    except FileNotFoundError: pass
    fd = os.open(D + '/log', os.O_WRONLY | os.O_CREAT, 0o644)
    if LOG == 'zeroed':
        z = b'\0' * (1 << 20)
        for i in range(64): os.pwrite(fd, z, i << 20)
    os.fsync(fd)
    m = mmap.mmap(os.open(flagf, os.O_RDWR), 4096)
    lat = []; buf = b'x' * 4096; off = 0; t0 = time.monotonic(); n = 0
    while time.monotonic() - t0 < SECS:
        due = t0 + n / RATE; now = time.monotonic()
        if due > now: time.sleep(due - now)
        s = time.monotonic()
        if MODE == 'gate': m[0] = 1
        os.pwrite(fd, buf, off); os.fdatasync(fd)
        if MODE == 'gate': m[0] = 0
        lat.append(time.monotonic() - s); off = off + 4096; n += 1
    q.put(lat)
def writer(stop, q):
    fd = os.open(D + '/dump', os.O_WRONLY | os.O_CREAT | os.O_DIRECT | os.O_DSYNC, 0o644)
    m = mmap.mmap(os.open(flagf, os.O_RDWR), 4096)
    buf = mmap.mmap(-1, 2 << 20); buf.write(b'y' * (2 << 20))
    off = 0; tot = 0; t0 = time.monotonic(); waited = 0
    while not stop.is_set():
        if MODE == 'gate':
            w = time.monotonic()
            while m[0] and time.monotonic() - w < 0.01: time.sleep(0.00005)
            waited += time.monotonic() - w
        os.pwritev(fd, [buf], off); off += 2 << 20; tot += 2 << 20
        if off >= (1 << 30): off = 0
    q.put((tot, time.monotonic() - t0, waited))
if __name__ == '__main__':
    q = mp.Queue(); q2 = mp.Queue(); stop = mp.Event()
    w = None
    if MODE != 'none':
        w = mp.Process(target=writer, args=(stop, q2)); w.start(); time.sleep(0.3)
    c = mp.Process(target=committer, args=(q,)); c.start(); lat = sorted(q.get()); c.join()
    stop.set()
    res = ''
    if w: off, el, waited = q2.get(); w.join()
    n = len(lat)
    if w: res = ' writer %.0f MB/s waited %.1f%%' % (off/el/1e6, 100*waited/el)
    print(MODE, 'n', n, 'p50 %.2f p99 %.2f max %.2f ms' % (lat[n//2]*1e3, lat[int(n*.99)]*1e3, lat[-1]*1e3) + res)
