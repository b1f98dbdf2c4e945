import os, sys, time, subprocess, threading, statistics
mode = sys.argv[1]; mib = int(sys.argv[2]); bs = sys.argv[3] if len(sys.argv) > 3 else '1M'
src = 'src.bin'
if not os.path.exists(src) or os.path.getsize(src) != mib<<20:
    subprocess.run(['dd','if=/dev/urandom','of='+src,'bs=1M','count=%d'%mib],stderr=subprocess.DEVNULL,check=True)
log = os.open('log.bin', os.O_WRONLY|os.O_CREAT, 0o644)
os.ftruncate(log, 64<<20); os.fsync(log)
lat = []; stop = False
def committer():
    i = 0; blk = b'x'*4096
    nxt = time.perf_counter()
    while not stop:
        t = time.perf_counter()
        os.pwrite(log, blk, (i % 16000)*4096); os.fdatasync(log)
        lat.append((time.perf_counter()-t)*1000); i += 1
        nxt += 0.005
        d = nxt - time.perf_counter()
        if d > 0: time.sleep(d)
th = threading.Thread(target=committer); th.start()
time.sleep(1.0); base = list(lat); lat.clear()
if os.path.exists('out.bin'): os.remove('out.bin')
t0 = time.perf_counter()
if mode == 'none':
    time.sleep(1.5)
elif mode == 'cp':
    subprocess.run(['cp',src,'out.bin'],check=True); subprocess.run(['sync','out.bin'],check=True)
else:
    subprocess.run(['dd','if='+src,'of=out.bin','bs='+bs,'oflag='+mode,'conv=fsync'],stderr=subprocess.DEVNULL,check=True)
el = time.perf_counter()-t0
during = list(lat); stop = True; th.join()
q = lambda l,p: sorted(l)[min(len(l)-1,int(len(l)*p))]
print('%-12s %4s %5d MiB %6.0f ms %6.0f MB/s  p50 %.1f p99 %.1f max %.1f (n=%d) | before p50 %.1f p99 %.1f' % (mode, bs, mib, el*1000, (mib*1.048576)/el, q(during,.5), q(during,.99), max(during), len(during), q(base,.5), q(base,.99)))
if os.path.exists('out.bin'): os.remove('out.bin')
