import os, time, ctypes
N=256<<20
def stat():
    f=open('/sys/block/vda/stat').read().split(); return int(f[4]), int(f[6])
def go(B):
    ba=bytearray(B+(4<<20))
    addr=ctypes.addressof((ctypes.c_char*len(ba)).from_buffer(ba))
    off=(-addr)%(2<<20)
    mv=memoryview(ba)[off:off+B]; mv[:]=os.urandom(B)
    ah=[l for l in open('/proc/self/smaps_rollup') if 'AnonHuge' in l][0].split()[1]
    a=stat(); t=time.time()
    fd=os.open('/tmp/k',os.O_WRONLY|os.O_CREAT|os.O_TRUNC|os.O_DIRECT)
    n=0
    while n<N: os.write(fd,mv); n+=B
    t1=time.time(); os.fsync(fd); os.close(fd); t2=time.time(); b=stat()
    r=b[0]-a[0]; s=b[1]-a[1]
    print('B=%5d KiB (AnonHuge %6s kB) write %4.0f fsync %4.0f total %4.0f ms, %d req avg %.0f KiB'%(B>>10,ah,(t1-t)*1e3,(t2-t1)*1e3,(t2-t)*1e3,r,s*512/1024/max(r,1)))
    os.unlink('/tmp/k'); mv.release()
for rep in range(3):
    for B in (1<<20, 2<<20, 4<<20):
        go(B)
