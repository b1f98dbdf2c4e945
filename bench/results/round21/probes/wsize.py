import os, time, subprocess, random, sys
d="/tmp/probe"; src=f"{d}/src.bin"; out=f"{d}/out.bin"
size=os.path.getsize(src)
big=os.urandom(1<<20)
def pw(bs):
    b=big[:bs]; n=size//bs
    fd=os.open(out, os.O_WRONLY|os.O_CREAT|os.O_TRUNC,0o644); t0=time.perf_counter()
    for _ in range(n): os.write(fd,b)
    tw=time.perf_counter()-t0; os.fdatasync(fd); os.close(fd); return tw, time.perf_counter()-t0
def cp():
    t0=time.perf_counter(); subprocess.run(["cp",src,out],check=True); tw=time.perf_counter()-t0
    subprocess.run(["sync"],check=True); return tw, time.perf_counter()-t0
random.seed(int(sys.argv[1]))
vs=[("cp",cp)]+[(f"w{k}k",(lambda k=k: pw(k<<10))) for k in (128,256,512,1024)]
for r in range(int(sys.argv[2])):
    random.shuffle(vs)
    for n,f in vs:
        if os.path.exists(out): os.remove(out)
        os.sync(); time.sleep(0.5)
        tw,tt=f(); print(r,n,f"write {tw*1000:.0f} total {tt*1000:.0f}",flush=True)
