import json, sys
# usage: python3 timeline_step.py RUN.json TRACEDIR  (a 1 GiB run of the traced build, with fastPreSlowest)
# The 200 ms before the OPTIMIZE(4) copy window opens: the step's slowest transactions before the copy, the
# dss's trace points and the segment server's log forces of over 2 ms, in ms from the window's start.
d = json.load(open(sys.argv[1])); r = d['sizes'][0]['runs'][0]; F = r['fast']
c0 = F['copyFrom']; start = F['endedAt'] - F['wallMillis'] * 1e6
ev = [(start + x[0] * 1e6, 'TX %.1f ms' % x[1]) for x in r['fastPreSlowest']]
for name in ('dss', 'srv'):
    for line in open(f'{sys.argv[2]}/{name}.txt'):
        p = line.split(' ', 3); t = int(p[0]); w = p[3].strip()
        if w.startswith('logforce'):
            t = int(w.split()[4]); w = 'LOGFORCE %s us' % w.split()[1]
        if c0 - 200e6 < t < c0 + 20e6 and not any(k in w for k in ('block', 'written', 'read', 'pit')):
            ev.append((t, name + ' ' + p[2] + ' ' + w))
for t, w in sorted(ev):
    print('%8.1f %s' % ((t - c0) / 1e6, w))
