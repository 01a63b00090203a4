#!/usr/bin/env bash
# Speed of `techmil clean` and, beside it, of Mozilla Readability (linkedom and jsdom) on the same pages.
# Usage: bench/clean-speed.sh [--no-js] [DIR...]
#   DIR defaults to the 181 HTML pages and the 181 text scrapes of ../shared/bench.
# Times only the parse-and-extract loop (pages in memory, JIT warmed up, JVM start excluded),
# single-threaded and on all cores; Readability runs on one core. Figures go to docs/benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
shared="${TECHMIL_SHARED:-$project/../shared}"
js=1
if [ "${1:-}" = "--no-js" ]; then js=0; shift; fi
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$shared/bench/article-extraction/html" "$shared/bench/text-scrapes/txt")

. "$project/bin/find-jdk.sh"
techmil_find_jdk || exit 2
cd "$project"
./techmil --version >/dev/null            # (re)builds target/techmil.jar when sources changed
major=$(techmil_java_major "$JAVA_HOME")
[ "${major:-0}" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B test-compile 1>&2               # compiles the harness, org.techmil.clean.CleanSpeed

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/{print $2}') GB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "== techmil clean, whole JVM pinned to one core (taskset -c 0), as Readability below"
taskset -c 0 "$JAVA_HOME/bin/java" -Xmx2g -cp "target/techmil.jar:target/test-classes" org.techmil.clean.CleanSpeed --threads 1 "${dirs[@]}"
echo "== techmil clean, JVM free on all $(nproc) cores"
"$JAVA_HOME/bin/java" -Xmx2g -cp "target/techmil.jar:target/test-classes" org.techmil.clean.CleanSpeed "${dirs[@]}"

if [ "$js" = 1 ]; then
    rjs="$here/readability-js"
    [ -d "$rjs/node_modules/@mozilla/readability" ] || (cd "$rjs" && npm install --no-audit --no-fund 1>&2)
    echo "== Mozilla Readability (node $(node --version), one core)"
    for dom in linkedom jsdom; do
        taskset -c 0 node "$rjs/time-readability.mjs" "$dom" "$shared/bench/article-extraction/html"
    done
fi
