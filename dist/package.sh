#!/usr/bin/env bash
# Builds the desktop program from target/strikeline.jar (run by `mvn -Pdist -DskipTests package`):
#  target/dist/strikeline/        app image: bin/strikeline, its own Java runtime, the icon, the bundled sample
#  target/dist/strikeline_*.deb   the same as a Debian package with a desktop entry (needs fakeroot, dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-0.1.0}
input=target/dist-input
out=target/dist
description="Strike events from news articles on a map, timeline and article pane, offline"
rm -rf "$input" "$out"
mkdir -p "$input/data" "$out"
cp target/strikeline.jar "$input/"
cp data/sample.db "$input/data/"   # lib/app/data/sample.db: found beside the jar, opened read-only
# what jdeps finds in the jar, and what JavaFX, SQLite and the locale data load by name at run time
# (jdk.management: bench's CPU figures, and with them the class-data training run below)
modules=java.base,java.desktop,java.sql,java.logging,java.management,jdk.management,java.naming,java.xml,jdk.jfr
modules=$modules,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,jdk.zipfs
# The runtime keeps bin/java (jlink's CDS plugin and the training run need it) and gets the JDK classes' archive;
# a missing or unusable archive is no error, so its log lines are off (ADR 9)
quiet_cds="--java-options -Xlog:cds=off --java-options -Xlog:cds+dynamic=off"
# without arguments (a desktop entry, a double click) the launcher opens the viewer; C1 only for a quick start (ADR 8):
# an ingest of 128 MB or more runs in a second JVM without -XX:TieredStopAtLevel=1 (jvm.LongRunRelaunch, ADR 14)
jpackage --type app-image --name strikeline --app-version "$version" --vendor Strikeline \
  --description "$description" --input "$input" --main-jar strikeline.jar --main-class io.strikeline.cli.Main \
  --arguments view --add-modules "$modules" --java-options -Xmx2g --java-options -XX:TieredStopAtLevel=1 $quiet_cds \
  --icon dist/strikeline.png --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive" \
  --dest "$out"
if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  # the viewer's desktop libraries come with the package; snapshot and export need none of them
  jpackage --type deb --app-image "$out/strikeline" --name strikeline --app-version "$version" --vendor Strikeline \
    --description "$description" --icon dist/strikeline.png --linux-shortcut --linux-menu-group Science \
    --linux-app-category science --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1" \
    --dest "$out"
  ls "$out"/*.deb
else
  echo "warning: fakeroot or dpkg-deb missing, no .deb built (apt-get install -y fakeroot)" >&2
fi
# The app's own classes: an archive dumped by a training run (the viewer's bench on the bundled sample, offscreen),
# then named in the launcher's options. JDK 17 refuses it when the jar is not at the path it was dumped from, so it
# is made for the app image where it stands; the .deb above (installed under /opt) has the JDK classes' archive only.
app=$(cd "$out/strikeline/lib/app" && pwd -P)
"$out/strikeline/lib/runtime/bin/java" -Xmx2g -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:ArchiveClassesAtExit="$app/strikeline.jsa" -cp "$app/strikeline.jar" io.strikeline.cli.Main \
  bench --frames 20 --db "$app/data/sample.db" >"$out/cds-training.log" 2>&1 \
  || { echo "class-data training run failed: $(tail -1 "$out/cds-training.log")" >&2; exit 1; }
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/strikeline.jsa' "$app/strikeline.cfg"
echo "app image: $out/strikeline (launcher $out/strikeline/bin/strikeline, class-data archive lib/app/strikeline.jsa)"
