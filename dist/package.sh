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
modules=java.base,java.desktop,java.sql,java.logging,java.management,java.naming,java.xml,jdk.jfr,jdk.unsupported
modules=$modules,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,jdk.zipfs
# without arguments (a desktop entry, a double click) the launcher opens the viewer; C1 only: see ADR 8
jpackage --type app-image --name strikeline --app-version "$version" --vendor Strikeline \
  --description "$description" --input "$input" --main-jar strikeline.jar --main-class io.strikeline.cli.Main \
  --arguments view --add-modules "$modules" --java-options -Xmx2g --java-options -XX:TieredStopAtLevel=1 --icon dist/strikeline.png \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" --dest "$out"
echo "app image: $out/strikeline (launcher $out/strikeline/bin/strikeline)"
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
