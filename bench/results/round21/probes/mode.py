import os, time, subprocess, random
d="/tmp/probe"; src=f"{d}/src.bin"; out=f"{d}/out.bin"
buf=os.urandom(1<<20); size=os.path.getsize(src)
def pw():
    fd=os.open(out, os.O_WRONLY|os.O_CREAT|os.O_TRUNC,0o644); t0=time.perf_counter()
    for _ in range(size>>20): os.write(fd,buf)
    tw=time.perf_counter()-t0; os.fdatasync(fd); os.close(fd); return tw, time.perf_counter()-t0
def cp():
    t0=time.perf_counter(); subprocess.run(["cp",src,out],check=True); tw=time.perf_counter()-t0
    subprocess.run(["sync"],check=True); return tw, time.perf_counter()-t0
def dd():
    t0=time.perf_counter(); subprocess.run(["dd",f"if={src}",f"of={out}","bs=1M","status=none"],check=True); tw=time.perf_counter()-t0
    subprocess.run(["sync"],check=True); return tw, time.perf_counter()-t0
random.seed(3)
vs=[("py",pw),("cp",cp),("dd",dd)]
for r in range(5):
    random.shuffle(vs)
    for n,f in vs:
        if os.path.exists(out): os.remove(out)
        os.sync(); time.sleep(0.5)
        tw,tt=f(); print(r,n,f"write {tw*1000:.0f} total {tt*1000:.0f}",flush=True)
