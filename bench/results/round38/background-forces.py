import os, mmap, time, threading, sys
N=int(sys.argv[1])<<20; B=1<<20
def run(mode):
    buf=mmap.mmap(-1,B); buf.write(os.urandom(B))
    fn='/tmp/s'
    fd=os.open(fn,os.O_WRONLY|os.O_CREAT|os.O_TRUNC|os.O_DIRECT)
    done=[False]; forces=[0]
    def forcer():
        while not done[0]:
            os.fdatasync(fd); forces[0]+=1
            time.sleep(0.005)
    t=time.time()
    th=None
    if mode=='bg':
        th=threading.Thread(target=forcer); th.start()
    for i in range(N//B): os.write(fd,buf)
    t1=time.time(); done[0]=True
    if th: th.join()
    os.fsync(fd); os.close(fd); t2=time.time()
    print('%-4s write %5.0f final fsync %5.0f total %5.0f (bg forces %d)'%(mode,(t1-t)*1e3,(t2-t1)*1e3,(t2-t)*1e3,forces[0]))
    os.unlink(fn)
for r in range(3):
    run('end'); run('bg')
