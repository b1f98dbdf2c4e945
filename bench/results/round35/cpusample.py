#!/usr/bin/env python3
# Round 35: samples every java thread's CPU and run-queue time (/proc/PID/task/TID/schedstat,
# ns) every 50 ms: "monotonic_ns pid role tid comm cpu_ns runq_ns slices" per thread, role from
# the process's command line (server, dss, bench, other). Stops on SIGTERM or SIGINT.
import os, signal, sys, time
stop = []
signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
signal.signal(signal.SIGINT, lambda *a: stop.append(1))
out = open(sys.argv[1], "w", buffering=1 << 20)
roles = {}
def role(pid):
    if pid not in roles:
        try:
            cl = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode()
        except OSError:
            return None
        if "java" not in cl: return None
        if "segment serve" in cl: r = "server"
        elif "io.bwo.bench.Bench" in cl: r = "bench"
        elif " dss" in cl: r = "dss"
        else: r = "other"
        roles[pid] = r
    return roles[pid]
pids = []; listed = 0
while not stop:
    t = time.monotonic_ns()
    if t - listed > 500_000_000:
        pids = [p for p in os.listdir("/proc") if p.isdigit() and role(p)]; listed = t
    for p in pids:
        try:
            tids = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                s = open(f"/proc/{p}/task/{tid}/schedstat").read().split()
                c = open(f"/proc/{p}/task/{tid}/comm").read().strip().replace(" ", "_")
            except OSError:
                continue
            out.write(f"{t} {p} {roles[p]} {tid} {c} {s[0]} {s[1]} {s[2]}\n")
    time.sleep(0.05)
out.close()
