import os, mmap, time, shutil
N=256<<20; B=1<<20
def stat():
    f=open('/sys/block/vda/stat').read().split()
    return int(f[4]), int(f[6])  # writes completed, sectors written
def show(name, f):
    a=stat(); t=time.time(); f(); d=time.time()-t; b=stat()
    n=b[0]-a[0]; s=b[1]-a[1]
    print('%-10s %4.0f ms  %6d write requests, avg %6.0f KiB'%(name,d*1e3,n,s*512/1024/max(n,1)))
m=mmap.mmap(-1,B); m.write(os.urandom(B))
def direct():
    fd=os.open('/tmp/k',os.O_WRONLY|os.O_CREAT|os.O_TRUNC|os.O_DIRECT)
    for i in range(N//B): os.write(fd,m)
    os.fsync(fd); os.close(fd)
def paged():
    fd=os.open('/tmp/k',os.O_WRONLY|os.O_CREAT|os.O_TRUNC)
    for i in range(N//B): os.write(fd,m)
    os.fsync(fd); os.close(fd)
for r in range(3):
    show('direct',direct); os.unlink('/tmp/k')
    show('paged',paged); os.unlink('/tmp/k')
