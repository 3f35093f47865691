#!/usr/bin/env bash
# Rebuilds data/sample.db from the sample articles through the real ingest pipeline.
# The seed articles carry no published date, so each is given the date it was published.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/strikeline.jar ] || mvn -q -DskipTests package
rm -f data/sample.db
java -jar target/strikeline.jar ingest --db data/sample.db --published 2020-01-08 data/sample-articles/000_c15bedc5f9a67cb5.txt
java -jar target/strikeline.jar ingest --db data/sample.db --published 2021-07-03 data/sample-articles/003_e10c3287c1a65d1c.txt
# Three scenes, so the sample shows a briefing at once (File > Export briefing..., or export --format pptx).
sl() { java -jar target/strikeline.jar "$@"; }
sl scene --db data/sample.db save --name soleimani --title "The Soleimani strike" \
  --caption "US drone strike at Baghdad International Airport" --from 2020-01-01 --to 2020-01-05 \
  --extent 32.9,43.7,33.7,44.9 --select 3
sl scene --db data/sample.db save --name retaliation --title "Iran retaliates" \
  --caption "Iranian ballistic missiles on Ain al-Asad and Erbil" --from 2020-01-07 --to 2020-01-09 \
  --type missile_strike --extent 32.6,41.2,37.0,45.4
sl scene --db data/sample.db save --name border --title "Border strikes, June 2021" \
  --caption "US strikes on the Iraq-Syria border and the rocket attack that followed" \
  --from 2021-06-25 --to 2021-07-01 --lanes BY_PERPETRATOR --extent 32.8,38.8,36.6,43.2
