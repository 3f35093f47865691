"""Assigns devset/reports.csv rows to the tune or holdout split, deterministically.

Groups (reports of one strike, or of one distractor story) are ordered by the SHA-256 of their
group key; walking that order, a group goes to tune while fewer than 60% of all reports are in
tune, and every later group goes to holdout. Reports of one group always land on one side.
Run from the repository root: python3 devset/split.py (rewrites the split column in place).
"""
import csv
import hashlib

PATH = "devset/reports.csv"
TUNE_SHARE = 0.6

with open(PATH, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    fields = reader.fieldnames
    rows = list(reader)

sizes = {}
for r in rows:
    sizes[r["group"]] = sizes.get(r["group"], 0) + 1
order = sorted(sizes, key=lambda g: hashlib.sha256(g.encode("utf-8")).hexdigest())
split, tuned = {}, 0
for g in order:
    if tuned < TUNE_SHARE * len(rows):
        split[g] = "tune"
        tuned += sizes[g]
    else:
        split[g] = "holdout"
for r in rows:
    r["split"] = split[r["group"]]

with open(PATH, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
