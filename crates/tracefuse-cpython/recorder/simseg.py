"""How much of a recording the segments of a conversion would cover, statically: replays the
hook's segment lookup (tf_segment_plan: at each main-trace position the longest segment
whose stretch uops, renumbered exit links, build-time fields and stub uops match; a
position _JUMP_TO_TOP jumps to only starts one) on every executor of RECORDING and prints
the share of main-trace uops inside a segment. Whole-trace matches are not counted, and
uops are the executors' own, not uops executed (the hook's counting run measures those).
Which exit links a uop has is read from the library's exits (the hook reads CPython's
flags, from which the import derives them).

    python3 simseg.py UOPS_YAML TRACES_DIR RECORDING

UOPS_YAML: an imported library's manifest (a fused build's tracefuse/library/uops.yaml);
TRACES_DIR: what `tracefuse cpython record --segments` wrote; RECORDING: record.py's JSON
of other programs, made with the same training build. Needs PyYAML.
"""
import json, sys, glob, os, collections, yaml
try:
    from yaml import CSafeLoader as L
except ImportError:
    from yaml import SafeLoader as L
if len(sys.argv) != 4:
    sys.exit("usage: simseg.py UOPS_YAML TRACES_DIR RECORDING")
lib = yaml.load(open(sys.argv[1]), Loader=L)
uops = {u['name']: u for u in lib['uops']}
TERM = {'_EXIT_TRACE', '_DEOPT', '_ERROR_POP_N', '_JUMP_TO_TOP'}
def flags(n):
    ex = set((uops.get(n) or {}).get('exits') or [])
    return bool(ex & {'deopt', 'side_exit'}), 'error' in ex
segs = collections.defaultdict(list)  # stretch uops tuple -> list of (folded main, stubs)
maxlen = 0
for p in glob.glob(os.path.join(sys.argv[2], 'seg*.yaml')):
    t = yaml.load(open(p), Loader=L)
    main = t['instructions']; stubs = t.get('stubs') or []
    key = tuple(e['uop'] for e in main)
    def folded(e):
        return tuple(sorted((f, e[f]) for f in ('oparg', 'target', 'operand0', 'operand1') if f in e and not isinstance(e[f], dict)))
    segs[key].append((tuple(folded(e) for e in main), tuple((e['uop'], folded(e)) for e in stubs)))
    maxlen = max(maxlen, len(key))
rec = json.load(open(sys.argv[3]))
tot = cov = 0
def canon(us, stubs_from, pos, n):
    out = []; stubs = []
    for u in us[pos:pos+n]:
        j, e = flags(u['name'])
        f = {}
        if u['oparg'] is not None: f['oparg'] = u['oparg']
        f['target'] = u['target']; f['operand0'] = u['operand0']; f['operand1'] = u['operand1']
        if j or e:
            loc = []
            for has, v in ((j, u['target'] & 0xffff), (e, u['target'] >> 16)):
                if not has: loc.append(0); continue
                if v < stubs_from or v >= len(us): return None
                if v not in stubs: stubs.append(v)
                loc.append(n + stubs.index(v))
            f['target'] = loc[1] << 16 | loc[0]
        out.append(f)
    return out, [us[s] for s in stubs]
def matches(cand, us, stubs_from, pos, n):
    c = canon(us, stubs_from, pos, n)
    if c is None: return False
    main, stubs = c
    for fm, fs in cand:
        if len(fs) != len(stubs): continue
        ok = all(all(main[i].get(k) == v for k, v in fm[i]) for i in range(n))
        ok = ok and all(fs[r][0] == stubs[r]['name'] and all(stubs[r].get(k) == v for k, v in fs[r][1]) for r in range(len(stubs)))
        if ok: return True
    return False
prefixes = set()
for k in segs:
    for i in range(1, len(k)+1): prefixes.add(k[:i])
for e in rec['executors']:
    us = e['uops']
    sf = next((k + 1 for k, u in enumerate(us) if u['name'] in TERM), 0)
    if sf < 2: continue
    entry = {0}
    if any(u['name'] == '_JUMP_TO_TOP' for u in us[:sf]):
        entry.add(1)
    last = sf - 1
    tot += sf
    pos = 0
    while pos < last:
        names = []; ends = []
        k = pos
        while k < last and k - pos < 64:
            if k > pos and k in entry: break
            names.append(us[k]['name'])
            if tuple(names) not in prefixes: break
            if tuple(names) in segs: ends.append(len(names))
            k += 1
        got = 0
        for n in reversed(ends):
            if matches(segs[tuple(us[q]['name'] for q in range(pos, pos+n))], us, sf, pos, n):
                got = n; break
        if got: cov += got; pos += got
        else: pos += 1
print(f"segments {sum(len(v) for v in segs.values())}, static main-trace uops covered {cov}/{tot} = {cov/tot:.3f}")
