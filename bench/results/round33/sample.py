#!/usr/bin/env python3
# Samples the disk (vda) and the page cache's dirty pages every 20 ms: "monotonic_ns
# sectors_written writes_completed in_flight io_ticks_ms nr_dirty nr_writeback" per line.
import sys, time
out = open(sys.argv[1], "w", buffering=1 << 16)
try:
    while True:
        t = time.monotonic_ns()
        with open("/proc/diskstats") as f:
            for line in f:
                p = line.split()
                if p[2] == "vda":
                    d = p
                    break
        dirty = wb = "0"
        with open("/proc/vmstat") as f:
            for line in f:
                if line.startswith("nr_dirty "):
                    dirty = line.split()[1]
                elif line.startswith("nr_writeback "):
                    wb = line.split()[1]
                    break
        out.write(f"{t} {d[9]} {d[7]} {d[11]} {d[12]} {dirty} {wb}\n")
        time.sleep(0.02)
except KeyboardInterrupt:
    out.close()
