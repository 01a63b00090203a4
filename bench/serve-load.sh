#!/usr/bin/env bash
# Load on `techmil serve`: wrk (Debian package wrk), a second process on loopback, sends each curated
# query of queries/ to the SPARQL endpoint over a store built from examples/, and every answer must be a
# 2xx. The test suite runs the same test (org.techmil.serve.ServeLoadTest) for 2 s per query; this runs
# it longer. Figures (queries per second held, per query) go to docs/benchmarks.md.
# Usage: bench/serve-load.sh [SECONDS_PER_QUERY (default 10)] [CONNECTIONS (default 8)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
seconds="${1:-10}"
connections="${2:-8}"
command -v wrk >/dev/null || { echo "serve-load: needs wrk (apt-get install wrk)" >&2; exit 2; }
. "$project/bin/find-jdk.sh"
techmil_find_jdk || exit 2
cd "$project"
major=$(techmil_java_major "$JAVA_HOME")
[ "${major:-0}" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B -ntp test -Dtest=org.techmil.serve.ServeLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtechmil.load.seconds="$seconds" -Dtechmil.load.connections="$connections" 2>/dev/null 1>&2 \
    || { echo "serve-load: the load test failed; see target/surefire-reports/" >&2; exit 1; }
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/{print $2}') GB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat target/serve-load.md
