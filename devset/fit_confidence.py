"""Refits the extractor's confidence model (extract/Confidence.java) from `eval --events-out` tables.

Each table row is one extracted event: its file, its confidence, whether it matched a gold event (`true`) and the
evidence its score rests on. Tables come in two kinds:
  --seen T    events of reports the extractor was tuned on (its rules were written while reading them);
  --fresh T   events of reports the extractor had never seen (an older extractor on reports added after it).
The model is logistic: logit = intercept + shift * seen + sum of the weights of the evidence held. The weights are
shared by both kinds and pulled towards the current weights (read from Confidence.java) with an L2 weight lambda;
the shift absorbs how much better the extractor does on what it was tuned on, so the intercept is the one for
fresh copy. Lambda is chosen by leave-groups-out cross-validation (the reports of one strike held out together,
groups from reports.csv), scored on the fresh rows. Prints the weights, the intercept, the cross-validated
reliability table of the fresh rows, and each table's events scored 0.8 or more with and without a reason for doubt.
Run from the repository root: python3 devset/fit_confidence.py --seen tune.csv --fresh fresh.csv
Standard library only.
"""
import argparse
import csv
import math
import re

CONFIDENCE = "src/main/java/io/strikeline/extract/Confidence.java"
LAMBDAS = (0.5, 1, 2, 5, 10, 20, 50, 100)
FOLDS = 8


def prior_weights():
    text = open(CONFIDENCE, encoding="utf-8").read()
    body = text[text.index("enum Evidence"):]
    body = body[:body.index(";")]
    return {name: float(w) for name, w in re.findall(r"([A-Z_]+)\((-?[0-9.]+)\)", body)}


def read_rows(path, seen, groups):
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            held = set(filter(None, r["evidence"].split(";")))
            out.append({"file": r["file"], "group": groups.get(r["file"], r["file"]), "seen": seen, "table": path,
                        "held": held, "y": int(r["true"]), "confidence": float(r["confidence"])})
    return out


def features(row, names):
    return [1.0, 1.0 if row["seen"] else 0.0] + [1.0 if n in row["held"] else 0.0 for n in names]


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b)
    m = [list(a[i]) + [b[i]] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def fit(rows, names, prior, lam, use_shift):
    """Newton's method on the penalised log-likelihood; the intercept and the shift are not penalised."""
    k = len(names) + 2
    centre = [0.0, 0.0] + [prior[n] for n in names]
    w = list(centre)
    if not use_shift:
        w[1] = 0.0
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for r in rows:
            x = features(r, names)
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-z))
            for i in range(k):
                grad[i] += (r["y"] - p) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(2, k):
            grad[i] -= lam * (w[i] - centre[i])
            hess[i][i] += lam
        if not use_shift:
            grad[1] = 0.0
            hess[1] = [0.0] * k
            for i in range(k):
                hess[i][1] = 0.0
            hess[1][1] = 1.0
        hess[0][0] += 1e-6
        step = solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def predict(w, row, names, as_fresh=True):
    x = features(row, names)
    if as_fresh:
        x[1] = 0.0
    return 1 / (1 + math.exp(-sum(wi * xi for wi, xi in zip(w, x))))


def folds_of(rows):
    groups = sorted({r["group"] for r in rows}, key=lambda g: hash_of(g))
    return {g: i % FOLDS for i, g in enumerate(groups)}


def hash_of(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def cross_validated(rows, names, prior, lam, use_shift):
    fold = folds_of(rows)
    out = []
    for f in range(FOLDS):
        train = [r for r in rows if fold[r["group"]] != f]
        test = [r for r in rows if fold[r["group"]] == f and not r["seen"]]
        if not test:
            continue
        w = fit(train, names, prior, lam, use_shift)
        out += [(predict(w, r, names), r["y"]) for r in test]
    return out


def log_loss(pairs):
    eps = 1e-9
    return -sum(y * math.log(p + eps) + (1 - y) * math.log(1 - p + eps) for p, y in pairs) / len(pairs)


def reliability(pairs):
    bins = [[0, 0] for _ in range(5)]
    for p, y in pairs:
        b = min(4, int(p / 0.2))
        bins[b][0] += 1
        bins[b][1] += y
    return bins


DOUBTS = ("UNPLACED", "PLACED_IN_PROVINCE", "FIRST_TOLD_LATE", "NO_DAY_OF_ITS_OWN", "UNSPECIFIED_ATTACK", "LOOKS_BACK",
          "PLACED_TWICE", "OTHER_DAY_THAN_LEAD", "OTHER_COUNTRY_ARTICLE")


def top_band(rows, tables):
    """Events at 0.8 or more as scored, split by whether any reason for doubt holds (the model's negative terms)."""
    print("\nevents scored >= 0.8, by table: without doubt (events, true), with a doubt (events, true)")
    for t in tables:
        mine = [r for r in rows if r["table"] == t and r["confidence"] >= 0.8]
        clean = [r["y"] for r in mine if not r["held"] & set(DOUBTS)]
        doubted = [r["y"] for r in mine if r["held"] & set(DOUBTS)]
        print(f"  {t}: {len(clean)} {sum(clean)}, {len(doubted)} {sum(doubted)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seen", action="append", default=[])
    ap.add_argument("--fresh", action="append", default=[])
    ap.add_argument("--reports", default="devset/reports.csv")
    a = ap.parse_args()
    groups = {r["file"]: r["group"] for r in csv.DictReader(open(a.reports, newline="", encoding="utf-8"))}
    rows = [r for t in a.seen for r in read_rows(t, True, groups)]
    rows += [r for t in a.fresh for r in read_rows(t, False, groups)]
    prior = prior_weights()
    names = list(prior)
    fresh = [r for r in rows if not r["seen"]]
    use_shift = any(r["seen"] for r in rows)
    print(f"{len(rows)} events ({sum(r['y'] for r in rows)} true); fresh {len(fresh)} ({sum(r['y'] for r in fresh)} true)")
    best = None
    for lam in LAMBDAS:
        pairs = cross_validated(rows, names, prior, lam, use_shift)
        loss = log_loss(pairs)
        print(f"lambda {lam:>5}: fresh cross-validated log-loss {loss:.4f}")
        if best is None or loss < best[1]:
            best = (lam, loss, pairs)
    lam, loss, pairs = best
    w = fit(rows, names, prior, lam, use_shift)
    print(f"\nlambda {lam}; intercept for fresh copy {w[0]:.3f}; shift on tuned reports {w[1]:+.3f}")
    for n, wi in zip(names, w[2:]):
        print(f"  {n:<24} {prior[n]:>6.2f} -> {wi:6.2f}")
    print("\nfresh rows, cross-validated: confidence bin, events, true, share")
    for i, (n, t) in enumerate(reliability(pairs)):
        share = f"{t / n:.3f}" if n else "-"
        print(f"  {i * 0.2:.1f}-{(i + 1) * 0.2:.1f}  {n:>4} {t:>4}  {share}")
    top_band(rows, a.seen + a.fresh)


if __name__ == "__main__":
    main()
