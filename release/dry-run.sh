#!/usr/bin/env bash
# Release dry run: builds the Maven Central bundle (central-bundle.zip) exactly as a release
# would, with sources and javadoc, but without signing keys and without uploading anything.
#
# The working tree is copied to target/release-dry-run and its version set to the release version
# (the current version without -SNAPSHOT, or $RELEASE_VERSION), because the Central Portal plugin
# builds a bundle only for release versions. The plugin needs Maven >= 3.9.2: when the machine's
# Maven is older, Maven 3.9.11 is fetched from Maven Central as the artifact
# org.apache.maven:apache-maven:3.9.11:zip:bin and used for this run only.
#
# The run has its own local repository (target/release-repository, or $DRY_RUN_REPOSITORY): the
# deploy phase installs the release artifacts, and ~/.m2 must stay untouched. The bundle is
# reproducible: project.build.outputTimestamp is fixed in the POM (versions:set is told to leave it), and
# javadoc is written without a date; release/reproducible.sh runs the dry run twice and compares.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
repository=${DRY_RUN_REPOSITORY:-$root/target/release-repository}
mkdir -p "$repository"

maven=mvn
installed=$(mvn -v 2>/dev/null | sed -nE '1s/.*Maven ([0-9.]+).*/\1/p')
if [ "$(printf '%s\n3.9.2\n' "$installed" | sort -V | head -n 1)" != "3.9.2" ]; then
  if [ ! -x target/maven/apache-maven-3.9.11/bin/mvn ]; then
    mvn -B -q -ntp -N -Dmaven.repo.local="$repository" dependency:unpack -Dartifact=org.apache.maven:apache-maven:3.9.11:zip:bin \
      -DoutputDirectory=target/maven
  fi
  maven="$root/target/maven/apache-maven-3.9.11/bin/mvn"
fi

# The project version: the first <version> after the parent's artifactId in pom.xml.
snapshot=$(sed -n '/<artifactId>cae-impact-parent<\/artifactId>/,/<\/version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
release=${RELEASE_VERSION:-${snapshot%-SNAPSHOT}}

work=target/release-dry-run
rm -rf "$work" && mkdir -p "$work"
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work"
cd "$work"
"$maven" -B -q -ntp -Dmaven.repo.local="$repository" versions:set -DnewVersion="$release" -DgenerateBackupPoms=false -DprocessAllModules=true \
  -DupdateBuildOutputTimestampPolicy=never

# Dummy credentials: the plugin requires a "central" server entry even when it uploads nothing.
CENTRAL_TOKEN_USERNAME=${CENTRAL_TOKEN_USERNAME:-dry-run} CENTRAL_TOKEN_PASSWORD=${CENTRAL_TOKEN_PASSWORD:-dry-run} \
  "$maven" -B -ntp -Dmaven.repo.local="$repository" -s "$root/release/dry-run-settings.xml" -Prelease -Dgpg.skip -DskipUpload=true "$@" deploy
bundle="$root/$work/target/central-publishing/central-bundle.zip"
echo "Central bundle for $release (not uploaded): $bundle"
unzip -l "$bundle"
