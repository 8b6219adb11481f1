#!/bin/sh
# Starts a Puente service or gateway JVM with a start-up cache: service-java.sh <java> <args...>
# (the args as for java, with -jar <module>/target/quarkus-app/quarkus-run.jar among them).
# ./run.sh and benchmarks/run.sh start every part through it, so the start they measure is the one a
# developer gets; the images get the same from JAVA_OPTS_APPEND (k8s/base/workload-defaults.yaml).
#
# The first start of a build records the classes the service loads; every later start maps them
# ready-made instead of reading, parsing and linking them again:
# - JDK 25 and later: an AOT cache (classes loaded and linked, and the methods' profiles),
#   written when the first run ends (-XX:AOTCacheOutput), used from then on (-XX:AOTCache);
# - JDK 19 to 24: a dynamic CDS archive, made and refreshed by the JVM (-XX:+AutoCreateSharedArchive);
# - JDK 17 and 18: a dynamic CDS archive written when the first run ends, used from then on.
# The cache sits beside the jar and is named after the jar's build time and the JDK, so a rebuild or
# another JDK starts a new one; a JVM that cannot use a cache starts without it, as it would anyway.
set -eu
java="$1"
shift
jar=""
previous=""
for arg in "$@"; do
  if [ "$previous" = "-jar" ]; then jar="$arg"; fi
  previous="$arg"
done
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  exec "$java" "$@"
fi
home=$(dirname "$(dirname "$(readlink -f "$java" 2>/dev/null || command -v "$java")")")
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
cache="$(dirname "$jar")/startup-cache-$(date -r "$jar" +%s)-jdk${major:-0}"
if [ "${major:-0}" -ge 25 ]; then
  if [ -f "$cache.aot" ]; then
    exec "$java" -XX:AOTCache="$cache.aot" "$@"
  fi
  exec "$java" -XX:AOTCacheOutput="$cache.aot" "$@"
elif [ "${major:-0}" -ge 19 ]; then
  exec "$java" -XX:SharedArchiveFile="$cache.jsa" -XX:+AutoCreateSharedArchive "$@"
elif [ "${major:-0}" -ge 17 ]; then
  if [ -f "$cache.jsa" ]; then
    exec "$java" -XX:SharedArchiveFile="$cache.jsa" "$@"
  fi
  exec "$java" -XX:ArchiveClassesAtExit="$cache.jsa" "$@"
fi
exec "$java" "$@"
