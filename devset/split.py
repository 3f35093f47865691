"""Assigns devset/reports.csv rows to the tune or holdout split, deterministically, never moving a report.

Groups (reports of one strike, or of one distractor story) are ordered by the SHA-256 of their group key.
A group whose reports already carry a side keeps it: a report once held back stays held back, and one once
tuned on never enters the holdout. New groups (rows whose split is empty or `new`) are walked in hash
order: a group goes to tune while fewer than 60% of all reports are in tune, otherwise to holdout.
Reports of one group always land on one side.
Run from the repository root: python3 devset/split.py (rewrites the split column in place).
"""
import csv
import hashlib
import sys

PATH = "devset/reports.csv"
TUNE_SHARE = 0.6
SIDES = ("tune", "holdout")

with open(PATH, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    fields = reader.fieldnames
    rows = list(reader)

sizes, split = {}, {}
for r in rows:
    g = r["group"]
    sizes[g] = sizes.get(g, 0) + 1
    if r["split"] in SIDES:
        if split.setdefault(g, r["split"]) != r["split"]:
            sys.exit(f"group {g} is on both sides; fix reports.csv by hand")
tuned = sum(sizes[g] for g, side in split.items() if side == "tune")
for g in sorted(set(sizes) - set(split), key=lambda g: hashlib.sha256(g.encode("utf-8")).hexdigest()):
    split[g] = "tune" if tuned < TUNE_SHARE * len(rows) else "holdout"
    tuned += sizes[g] if split[g] == "tune" else 0
for r in rows:
    r["split"] = split[r["group"]]

with open(PATH, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
