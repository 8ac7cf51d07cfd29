#!/usr/bin/env python3
"""Fit the matcher's Fellegi-Sunter weights (rules/check/match.tsv) on
labelled pairs of real news.

usage: fit-match.py [--bin ./crosscheck] [--out rules/check/match.tsv] SET...

A SET is a folder of articles (*.txt) with a gold.py whose CONFLICTS label
pairs of figures (see ../shared/realnews/README.md).  For each set the
articles are ingested into a temporary store and `check --pairs` lists every
candidate pair the matcher scored with the level of each field.  A pair is
"one fact" when a gold entry puts its two claims on its two sides and says
they are one fact told twice: must and may (the same fact, disagreeing or
not; "may" entries on a debatable scope, code S, teach nothing either
way), and the must-not entries that agree, round, hedge or convert (codes
AG, H, M, C).  Entries on different facts (T, X) are "two facts"; so is
every candidate no entry names (candidates are overwhelmingly different
facts, as Splink assumes when it estimates u from random pairs).

m(level) = P(level | one fact) and u(level) = P(level | two facts), each
with add-one smoothing; the prior is log2 of the odds of one fact among the
candidates.  Param rows other than the prior are kept as they were.
"""
import argparse, collections, importlib.util, os, subprocess, sys, tempfile

SAME = ("AG", "H", "M", "C")
DIFF = ("T", "X")


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def first_span(raw, ref):
    a = raw.find(ref[1].encode())
    if a < 0:
        return None
    q = raw.find(ref[2].encode(), a)
    return (q, q + len(ref[2].encode())) if q >= 0 else None


def label_of(desc, tier):
    code = desc.split("-")[0]
    if tier in ("must", "may") and code == "G":
        return 1
    if tier == "may":
        return None  # a debatable scope or a dated update: no evidence either way
    if tier == "mustnot" and code in SAME:
        return 1
    if tier == "mustnot" and code in DIFF:
        return 0
    return None


def pairs_of_set(binp, d):
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory() as td:
        db = os.path.join(td, "fit.db")
        subprocess.run([binp, "ingest", "--db", db] + files, capture_output=True, check=True)
        tsv = os.path.join(td, "pairs.tsv")
        subprocess.run([binp, "check", "--db", db, "--pairs", tsv, "-o", os.devnull],
                       capture_output=True, check=True)
        rows = open(tsv, encoding="utf-8").read().splitlines()[1:]
    out = []
    for r in rows:
        f = r.split("\t")
        lv = dict(x.split("=", 1) for x in f[8].split())
        out.append((os.path.basename(f[1]).split("_")[0], (int(f[2]), int(f[3])),
                    os.path.basename(f[4]).split("_")[0], (int(f[5]), int(f[6])), lv))
    return out


def labelled(d, pairs):
    g = load(os.path.join(d, "gold.py"), "gold")
    raw = {}
    for f in os.listdir(d):
        if f.endswith(".txt"):
            raw[f.split("_")[0]] = open(os.path.join(d, f), "rb").read()
    sides = []
    for tier, desc, A, B in g.CONFLICTS:
        lab = label_of(desc, tier)
        if lab is None:
            continue
        sa = [(r[0], first_span(raw[r[0]], r)) for r in A]
        sb = [(r[0], first_span(raw[r[0]], r)) for r in B]
        sides.append((lab, sa, sb))

    def hit(doc, sp, refs):
        return any(dd == doc and s and s[0] < sp[1] and sp[0] < s[1] for dd, s in refs)

    out = []
    for da, sa, db, sb, lv in pairs:
        lab = 0
        for l, A, B in sides:
            if (hit(da, sa, A) and hit(db, sb, B)) or (hit(da, sa, B) and hit(db, sb, A)):
                lab = l
                if l == 1:
                    break
        out.append((lab, lv))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--bin", default="./crosscheck")
    ap.add_argument("--out", default="rules/check/match.tsv")
    a = ap.parse_args()
    data = []
    for d in a.sets:
        data += labelled(d, pairs_of_set(a.bin, d))
    pos = [lv for l, lv in data if l == 1]
    neg = [lv for l, lv in data if l == 0]
    if not pos or not neg:
        sys.exit("fit-match: no labelled pairs")
    fields = list(pos[0].keys())
    levels = collections.OrderedDict()
    for lv in pos + neg:
        for f in fields:
            levels.setdefault(f, [])
            if lv[f] not in levels[f]:
                levels[f].append(lv[f])
    # keep the param rows and the levels the engine knows (from the old file)
    params, known, hand, handrows = [], collections.OrderedDict(), [], {}
    for line in open(a.out, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("# hand-set:"):
            hand.append(line.rstrip("\n"))
        elif (f[0] == "param" and f[1] != "prior") or f[0] == "group":
            params.append(line.rstrip("\n"))
        elif len(f) == 4 and not f[0].startswith("#"):
            known.setdefault(f[0], []).append(f[1])
            handrows[(f[0], f[1])] = line.rstrip("\n")
    handset = set(tuple(h.split(":", 1)[1].split()[:2]) for h in hand)
    import math
    prior = math.log2(len(pos) / len(neg))
    lines = ["# The matcher's data (engine/match.c): which figures of different documents",
             "# of one story are one fact.  Rows:",
             "#   param<TAB>NAME<TAB>VALUE",
             "#   FIELD<TAB>LEVEL<TAB>M<TAB>U    m = P(level | one fact), u = P(level | two",
             "#                                  facts); the level adds log2(m/u)",
             "# Fitted by tools/fit-match.py on %d pairs labelled one fact and %d other" % (len(pos), len(neg)),
             "# candidate pairs (docs/matching.md); a refit overwrites hand edits",
             "# except the levels a '# hand-set: FIELD LEVEL' line names.",
             ] + hand + ["param\tprior\t%.3f" % prior] + params
    for f, lvls in known.items():
        for l in lvls:
            if (f, l) in handset:
                lines.append(handrows[(f, l)])
                continue
            m = (sum(1 for lv in pos if lv.get(f) == l) + 1) / (len(pos) + len(lvls))
            u = (sum(1 for lv in neg if lv.get(f) == l) + 1) / (len(neg) + len(lvls))
            lines.append("%s\t%s\t%.4f\t%.4f" % (f, l, m, u))
    open(a.out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("fit-match: %d one-fact pairs, %d others, prior %.2f -> %s" % (len(pos), len(neg), prior, a.out))


if __name__ == "__main__":
    main()
