#!/usr/bin/env bash
# Downloads a regional OpenStreetMap extract from Geofabrik and prepares it for
# osrm-routed's MLD algorithm (osrm-extract, osrm-partition, osrm-customize),
# each step in the official OSRM container image. Prints each step's time and
# the size of what it wrote. See README.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: prepare.sh REGION [options]

  REGION            Geofabrik path, e.g. europe/france/auvergne, or just the
                    French region name (auvergne, limousin, bretagne...)

options:
  --data-dir DIR    where the extract and the .osrm files go (default: ./data next to this script)
  --image IMAGE     OSRM image (default: $OSRM_IMAGE or ghcr.io/project-osrm/osrm-backend:v26.4.1)
  --profile NAME    profile in the image's /opt (default: car, i.e. /opt/car.lua)
  --threads N       threads for extract/partition/customize (default: all cores)
  --url URL         download this .osm.pbf instead of Geofabrik's
  --skip-download   use the .osm.pbf already in the data directory
  --dry-run         print the commands, run nothing
  -h, --help        this help
USAGE
}

region=""
data_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/data"
image="${OSRM_IMAGE:-ghcr.io/project-osrm/osrm-backend:v26.4.1}"
profile="car"
threads=""
url=""
skip_download=false
dry_run=false

need_value() {
  if [[ $# -lt 2 || -z "$2" || "$2" == --* ]]; then
    echo "error: $1 needs a value" >&2
    usage >&2
    exit 2
  fi
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data-dir) need_value "$@"; data_dir="$2"; shift 2 ;;
    --image) need_value "$@"; image="$2"; shift 2 ;;
    --profile) need_value "$@"; profile="$2"; shift 2 ;;
    --threads) need_value "$@"; threads="$2"; shift 2 ;;
    --url) need_value "$@"; url="$2"; shift 2 ;;
    --skip-download) skip_download=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; usage >&2; exit 2 ;;
    *)
      if [[ -n "$region" ]]; then echo "error: one region at a time (got $region and $1)" >&2; exit 2; fi
      region="$1"; shift ;;
  esac
done

if [[ -z "$region" && -z "$url" ]]; then
  echo "error: give a region (e.g. europe/france/auvergne) or --url" >&2
  usage >&2
  exit 2
fi
if [[ -n "$threads" && ! "$threads" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: --threads must be a positive whole number, got $threads" >&2
  exit 2
fi
if [[ ! "$profile" =~ ^[a-z_]+$ ]]; then
  echo "error: --profile must be a profile name such as car, got $profile" >&2
  exit 2
fi

if [[ -z "$url" ]]; then
  [[ "$region" == */* ]] || region="europe/france/$region"
  url="https://download.geofabrik.de/${region}-latest.osm.pbf"
fi
name="$(basename "$url" .osm.pbf)"
thread_args=()
[[ -n "$threads" ]] && thread_args=(--threads "$threads")

run() {
  echo "+ $*"
  if ! $dry_run; then
    local started=$SECONDS
    "$@"
    echo "  done in $((SECONDS - started)) s"
  fi
}

in_image() {
  run docker run --rm -v "$data_dir:/data" "$image" "$@"
}

$dry_run || mkdir -p "$data_dir"
if ! $skip_download; then
  run curl --fail --location --output "$data_dir/$name.osm.pbf" "$url"
  if [[ "$url" == https://download.geofabrik.de/* ]]; then
    run curl --fail --location --output "$data_dir/$name.osm.pbf.md5" "$url.md5"
    run bash -c "cd '$data_dir' && md5sum -c '$name.osm.pbf.md5'"
  fi
fi
in_image osrm-extract -p "/opt/$profile.lua" "${thread_args[@]}" "/data/$name.osm.pbf"
in_image osrm-partition "${thread_args[@]}" "/data/$name.osrm"
in_image osrm-customize "${thread_args[@]}" "/data/$name.osrm"

if ! $dry_run; then
  echo
  echo "sizes:"
  du -ch "$data_dir/$name".osm.pbf "$data_dir/$name".osrm* | sort -h | tail -n 8
fi
echo
echo "ready: set OSRM_REGION=$name OSRM_DATA_DIR=$data_dir and run: docker compose -f $(dirname "${BASH_SOURCE[0]}")/compose.yaml up -d"
