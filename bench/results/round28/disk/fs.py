import os, time, sys, threading
src = open('src16','rb').read()
def write(path):
    fd = os.open(path, os.O_WRONLY|os.O_CREAT|os.O_TRUNC, 0o644)
    for i in range(0, len(src), 1<<20):
        os.write(fd, src[i:i+(1<<20)])
    return fd
def pipelined(forcers):
    import queue
    q = queue.Queue()
    def forcer():
        while True:
            fd = q.get()
            if fd is None: return
            os.fsync(fd); os.close(fd)
    ts = [threading.Thread(target=forcer) for _ in range(forcers)]
    [t.start() for t in ts]
    for i in range(16):
        q.put(write('o/f%d' % i))
    for t in ts: q.put(None)
    [t.join() for t in ts]
def run(mode):
    os.system('rm -rf o; mkdir o; sync'); time.sleep(1)
    s = time.time()
    if mode == 'fsync-each':
        for i in range(16):
            fd = write('o/f%d' % i); os.fsync(fd); os.close(fd)
    elif mode == 'fdatasync-each':
        for i in range(16):
            fd = write('o/f%d' % i); os.fdatasync(fd); os.close(fd)
    elif mode == 'sync-end':
        for i in range(16):
            fd = write('o/f%d' % i); os.close(fd)
        os.sync()
    elif mode == 'write-only':
        for i in range(16):
            fd = write('o/f%d' % i); os.close(fd)
    elif mode in ('pipelined', 'pipelined2'):  # 1 or 2 threads fsync each file as the next is written
        pipelined(2 if mode == 'pipelined2' else 1)
    elif mode == 'syncfs-pipelined':  # a thread calls syncfs repeatedly while files are written
        import ctypes
        libc = ctypes.CDLL(None)
        done = [False]
        dfd = os.open('o', os.O_RDONLY)
        def forcer():
            while not done[0]:
                libc.syncfs(dfd)
        t = threading.Thread(target=forcer); t.start()
        for i in range(16):
            fd = write('o/f%d' % i); os.close(fd)
        done[0] = True; t.join(); libc.syncfs(dfd)
    return (time.time() - s) * 1000
modes = sys.argv[1:]
for r in range(4):
    print(' '.join('%s=%.0f' % (m, run(m)) for m in modes), flush=True)
