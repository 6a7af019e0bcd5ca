"""Which build-time fields are worth folding: for each set of fields made holes, how many
executors of a held-out recording would hit a stencil built from a training conversion.

    python3 match_fields.py UOPS_YAML TRAINING_TRACE_DIR HELDOUT_RECORDING_JSON

UOPS_YAML is the imported library's manifest (a fused build's tracefuse/library/uops.yaml),
TRAINING_TRACE_DIR the trace files `tracefuse cpython record --holes exact` wrote for the
training recording, HELDOUT_RECORDING_JSON a recording (record.py) of other programs made
with the same training build. An executor matches when its uops and every field the set
leaves folded equal those of a training trace; a field whose value shapes the code (an
oparg counting stack items, the target of a uop with routed exits) is never a hole but in
the last row, an unsafe upper bound. Counts are static: executors and their own uops, not
uops executed (the hook's counting run measures those). Needs PyYAML.
"""
import json, sys, glob, os, re, collections
import yaml
try:
    from yaml import CSafeLoader as L
except ImportError:
    from yaml import SafeLoader as L

if len(sys.argv) != 4:
    sys.exit("usage: match_fields.py UOPS_YAML TRAINING_TRACE_DIR HELDOUT_RECORDING_JSON")
manifest, train_dir, heldout_json = sys.argv[1:4]
if not glob.glob(os.path.join(train_dir, '*.yaml')):
    sys.exit(f"{train_dir}: no trace files (tracefuse cpython record --holes exact writes them)")
lib = yaml.load(open(manifest), Loader=L)
uops = {u['name']: u for u in lib['uops']}
ROUTED = {'deopt', 'side_exit', 'error'}

def structural(name, field):
    u = uops.get(name)
    if u is None:
        return True
    if field == 'oparg':
        items = (u.get('stack') or {}).get('inputs', []) + (u.get('stack') or {}).get('outputs', [])
        return any('oparg' in str(i) for i in items)
    if field == 'target':
        return bool(set(u.get('exits') or []) & ROUTED)
    return False

# Training: the converted trace files (what becomes stencils); Const fields per uop.
train = []
kind = {}  # (uop, field) -> 'const' | 'runtime'
for path in sorted(glob.glob(os.path.join(train_dir, '*.yaml'))):
    t = yaml.load(open(path), Loader=L)
    insts = []
    for e in (t.get('instructions') or []) + (t.get('stubs') or []):
        fields = {}
        for f in ('oparg', 'target', 'operand0', 'operand1'):
            if f in e:
                v = e[f]
                if isinstance(v, dict):
                    kind[(e['uop'], f)] = 'runtime'
                else:
                    kind[(e['uop'], f)] = 'const'
                    fields[f] = v
        insts.append((e['uop'], fields))
    train.append(insts)

held = json.load(open(heldout_json))['executors']
def held_insts(ex):
    out = []
    for u in ex['uops']:
        fields = {}
        for f in ('oparg', 'target', 'operand0', 'operand1'):
            if kind.get((u['name'], f)) == 'const' and f in (uops.get(u['name'], {}).get('fields') or {}):
                fields[f] = u[f]
        out.append((u['name'], fields))
    return out

def cls(name, f):
    if structural(name, f):
        return 'structural'
    return {'oparg': 'oparg', 'target': 'target'}.get(f, 'operand')

SETS = [
    ('exact (today): every build-time field folded', set()),
    ('stub/no-exit targets as holes', {'target'}),
    ('non-structural opargs as holes', {'oparg'}),
    ('integer operands as holes', {'operand'}),
    ('exit stubs\' non-structural fields as holes (`stubs`)', {'stub'}),
    ('all non-structural fields as holes (`general`)', {'target', 'oparg', 'operand'}),
    ('upper bound: uop sequence only (unsafe)', {'target', 'oparg', 'operand', 'structural'}),
]

STUBS = {'_DEOPT', '_EXIT_TRACE', '_ERROR_POP_N'}
def hole(n, f, holes):
    c = cls(n, f)
    return c in holes or ('stub' in holes and n in STUBS and c != 'structural')
def key(insts, holes):
    return tuple((n, tuple(sorted((f, v) for f, v in fs.items() if not hole(n, f, holes)))) for n, fs in insts)

H = [held_insts(e) for e in held]
total_ex, total_uops = len(H), sum(len(h) for h in H)
print(f"training stencils (converted traces): {len(train)}; held-out executors: {total_ex}, uops {total_uops}")
print("| hole set | training stencils needed | held-out executors matched | held-out uops (static) in matched executors |")
print("|---|---|---|---|")
for label, holes in SETS:
    keys = {key(t, holes) for t in train}
    m = [h for h in H if key(h, holes) in keys]
    mu = sum(len(h) for h in m)
    print(f"| {label} | {len(keys)} | {len(m)} ({100*len(m)/total_ex:.1f}%) | {mu} ({100*mu/total_uops:.1f}%) |")

# Which fields block a sequence match: for held-out executors whose uop sequence is
# trained but whose folded fields differ from every trained trace of that sequence.
byseq = collections.defaultdict(list)
for t in train:
    byseq[tuple(n for n, _ in t)].append(t)
blame = collections.Counter()
for h in H:
    cands = byseq.get(tuple(n for n, _ in h))
    if not cands or key(h, set()) in {key(t, set()) for t in cands}:
        continue
    best = None
    for t in cands:
        diff = set()
        for (n, fh), (_, ft) in zip(h, t):
            for f in fh:
                if fh[f] != ft.get(f):
                    diff.add((cls(n, f), n, f))
        if best is None or len(diff) < len(best):
            best = diff
    for d in best:
        blame[d] += 1
print("\nfields differing from the closest trained trace of the same sequence (executors):")
for (c, n, f), k in blame.most_common(25):
    print(f"  {k:4d}  {c:10s} {n}.{f}")
