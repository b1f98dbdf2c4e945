import os, sys, time, threading, subprocess
d = "/tmp/probe"
size = int(sys.argv[1]) << 20
rounds = int(sys.argv[2])
src = f"{d}/src.bin"
if not os.path.exists(src) or os.path.getsize(src) != size:
    with open(src, "wb") as f:
        blk = os.urandom(1 << 20)
        for _ in range(size >> 20): f.write(blk)
    os.sync()
buf = os.urandom(1 << 20)
def paced(stretch_mib):
    out = f"{d}/out.bin"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    t0 = time.perf_counter()
    running = None; unforced = 0; forces = 0
    for _ in range(size >> 20):
        os.write(fd, buf); unforced += 1 << 20
        if stretch_mib and unforced >= stretch_mib << 20:
            if running: running.join()
            unforced = 0; forces += 1
            running = threading.Thread(target=os.fdatasync, args=(fd,)); running.start()
    tw = time.perf_counter() - t0
    if running: running.join()
    os.fdatasync(fd); os.close(fd)
    dfd = os.open(d, os.O_RDONLY); os.fsync(dfd); os.close(dfd)
    print('   write', f'{tw*1000:.0f}', 'forces', forces, flush=True)
    return time.perf_counter() - t0
def cp():
    out = f"{d}/out.bin"
    t0 = time.perf_counter()
    subprocess.run(["cp", src, out], check=True); subprocess.run(["sync"], check=True)
    return time.perf_counter() - t0
variants = [("cp", cp)] + [(f"s{m}", (lambda m=m: paced(m))) for m in (32, 64, 128, 0)]
res = {n: [] for n, _ in variants}
import random
random.seed(7)
for r in range(rounds):
    vs = variants[:]; random.shuffle(vs)
    for n, f in vs:
        if os.path.exists(f"{d}/out.bin"): os.remove(f"{d}/out.bin")
        os.sync(); time.sleep(0.5)
        x = f(); res[n].append(x); print(r, n, f'{x*1000:.0f}', flush=True)
for n, v in res.items():
    print(n, " ".join(f"{x*1000:.0f}" for x in v), "median", f"{sorted(v)[len(v)//2]*1000:.0f} ms")
