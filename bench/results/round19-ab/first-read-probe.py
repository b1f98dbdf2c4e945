import os, time, mmap
fd = os.open('data.bin', os.O_RDONLY)
z = os.open('/dev/zero', os.O_RDONLY)
def t(buf, off, f=fd):
    t0=time.perf_counter(); os.preadv(f,[buf],off); return (time.perf_counter()-t0)*1e3
for prime in ['none','devzero','file','file-1page-per-4k']:
    m = mmap.mmap(-1, 4<<20)
    m.write(b'\x07'*(4<<20))
    p=0
    if prime=='devzero': p=t(m,0,z)
    if prime=='file': p=t(m,0)
    if prime=='file-1page-per-4k':
        t0=time.perf_counter()
        for off in range(0,4<<20,4096):
            os.preadv(fd,[memoryview(m)[off:off+1]],off)
        p=(time.perf_counter()-t0)*1e3
    a=t(m,4<<20); b=t(m,8<<20)
    print('%-18s prime %.2f then %.2f, %.2f'%(prime,p,a,b))
