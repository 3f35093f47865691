#!/usr/bin/env bash
# Rebuilds data/sample.db from the sample articles through the real ingest pipeline.
# The seed articles carry no published date, so each is given the date it was published.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/strikeline.jar ] || mvn -q -DskipTests package
rm -f data/sample.db
java -jar target/strikeline.jar ingest --db data/sample.db --published 2020-01-08 data/sample-articles/000_c15bedc5f9a67cb5.txt
java -jar target/strikeline.jar ingest --db data/sample.db --published 2021-07-03 data/sample-articles/003_e10c3287c1a65d1c.txt
