#!/usr/bin/env bash
# Runs the release dry run twice from the same sources and checks that the two Central bundles are
# byte-identical (the same SHA-256, and the same SHA-256 for every file inside).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p target
bundle=target/release-dry-run/target/central-publishing/central-bundle.zip
sums=()
for run in 1 2; do
  release/dry-run.sh -q "$@" > "target/reproducible-run-$run.log" 2>&1 \
    || { echo "dry run $run failed; see target/reproducible-run-$run.log" >&2; exit 1; }
  cp "$bundle" "target/central-bundle-$run.zip"
  sums+=("$(sha256sum "target/central-bundle-$run.zip" | cut -d' ' -f1)")
done
if [ "${sums[0]}" = "${sums[1]}" ]; then
  echo "reproducible: both bundles have SHA-256 ${sums[0]}"
else
  echo "NOT reproducible: ${sums[0]} != ${sums[1]}; differing entries:" >&2
  diff <(unzip -p target/central-bundle-1.zip | sha256sum; unzip -lv target/central-bundle-1.zip) \
       <(unzip -p target/central-bundle-2.zip | sha256sum; unzip -lv target/central-bundle-2.zip) >&2 || true
  exit 1
fi
