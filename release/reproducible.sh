#!/usr/bin/env bash
# Runs the release dry run twice from the same sources and checks that the two Central bundles hold
# byte-identical files (every jar, POM, javadoc and checksum). The bundle zip itself is not compared:
# the Central Portal plugin stamps its entries with the time it writes them, and Central unpacks it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p target
bundle=target/release-dry-run/target/central-publishing/central-bundle.zip
for run in 1 2; do
  release/dry-run.sh -q "$@" > "target/reproducible-run-$run.log" 2>&1 \
    || { echo "dry run $run failed; see target/reproducible-run-$run.log" >&2; exit 1; }
  cp "$bundle" "target/central-bundle-$run.zip"
  rm -rf "target/central-bundle-$run" && mkdir -p "target/central-bundle-$run"
  (cd "target/central-bundle-$run" && unzip -q "../central-bundle-$run.zip")
done
files=$(find target/central-bundle-1 -type f | wc -l)
if diff -r target/central-bundle-1 target/central-bundle-2 > target/reproducible-diff.txt; then
  echo "reproducible: the $files files of both bundles are byte-identical"
else
  echo "NOT reproducible: files differ (target/reproducible-diff.txt):" >&2
  cat target/reproducible-diff.txt >&2
  exit 1
fi
