#!/usr/bin/env bash
# Builds a territory's vector tiles for Tournée's maps from an OpenStreetMap extract.
#   infra/tiles/build.sh EXTRACT.osm.pbf OUTPUT_FOLDER [west,south,east,north]
# Writes OUTPUT_FOLDER/z/x/y.pbf (zooms 8–14, gzip) and metadata.json; serve it with
# TILES_PATH=OUTPUT_FOLDER. The folder is replaced only once the new one is complete.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if (($# < 2)); then
  echo "usage: $0 EXTRACT.osm.pbf OUTPUT_FOLDER [west,south,east,north]" >&2
  exit 2
fi
input=$1
output=${2%/}
bbox=${3:-}
command -v tilemaker >/dev/null || { echo "tilemaker is missing: apt-get install tilemaker" >&2; exit 2; }
[[ -f $input ]] || { echo "no extract at $input" >&2; exit 2; }
building="$output.building"
rm -rf "$building"
started=$SECONDS
tilemaker --input "$input" --output "$building" --config "$here/config.json" --process "$here/process.lua" ${bbox:+--bbox "$bbox"} >"$building.log" 2>&1 ||
  { cat "$building.log" >&2; exit 1; }
rm -f "$building.log"
rm -rf "$output"
mv "$building" "$output"
echo "built $(find "$output" -name '*.pbf' | wc -l) tiles, $(du -sh "$output" | cut -f1), in $((SECONDS - started)) s: $output"
