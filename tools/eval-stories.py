#!/usr/bin/env python3
"""Score `crosscheck stories` against the editors' story clusters.

usage: eval-stories.py [--bin ./crosscheck] SET...

A SET is a folder of articles (*.txt) with a SOURCES.tsv whose columns
include `file` and `cluster`.  The articles are ingested into a temporary
store; every pair of documents is "same story" or not, by crosscheck and
by the cluster column; printed: pairwise precision and recall per set and
in total.
"""
import csv, itertools, json, os, subprocess, sys, tempfile


def score(binp, d):
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
    gold = {}
    with open(os.path.join(d, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold[row["file"]] = row["cluster"]
    with tempfile.TemporaryDirectory() as td:
        db = os.path.join(td, "s.db")
        subprocess.run([binp, "ingest", "--db", db] + files, capture_output=True, check=True)
        out = subprocess.run([binp, "stories", "--db", db, "--format", "json"],
                             capture_output=True, check=True).stdout
    got = {}
    for s in json.loads(out):
        for p in s["documents"]:
            got[os.path.basename(p)] = s["id"]
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        g = gold[a] == gold[b]
        s = a in got and b in got and got[a] == got[b]
        tp += g and s
        fp += s and not g
        fn += g and not s
    return tp, fp, fn


def main():
    argv = sys.argv[1:]
    binp = "./crosscheck"
    if len(argv) > 1 and argv[0] == "--bin":
        binp, argv = argv[1], argv[2:]
    T = [0, 0, 0]
    for d in argv:
        tp, fp, fn = score(binp, d)
        T = [T[0] + tp, T[1] + fp, T[2] + fn]
        print("%10s: stories pairwise precision %.3f recall %.3f (%d same-story pairs found, %d wrong, %d missed)"
              % (os.path.basename(d.rstrip("/")), tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn))
    print("TOTAL stories pairwise precision %.3f recall %.3f"
          % (T[0] / max(1, T[0] + T[1]), T[0] / max(1, T[0] + T[2])))


if __name__ == "__main__":
    main()
