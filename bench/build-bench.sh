#!/usr/bin/env bash
# Build benchmark: generates news corpora, builds each into a fresh TDB2 store with -Xmx512m, and reports
# articles/s per stage and end to end, peak heap and RSS, store size, each curated query's latency, and
# Jena's own bulk loader (tdb2.tdbloader) on the same quads that `techmil extract --format nquads` writes,
# beside `techmil load` on those quads (both into fresh stores, at the same heap, load first, then tdbloader).
# Query latency: each queries/*.rq in one JVM over the built store (first run, then the median of three),
# as `techmil query --store STORE NAME --param ...` runs it (union of all graphs), without JVM start, with
# the parameters of each of its `# bench-params:` header lines.
#
#   bench/build-bench.sh                 # 1,000 and 10,000 articles
#   bench/build-bench.sh 1000 10000 100000
#
# Environment: BENCH_DIR (work folder, default /tmp/techmil-bench), SEED (corpus seed, default 7),
# XMX (heap for every JVM, default 512m), JAVA_HOME (else bin/find-jdk.sh picks one), QUERY_TIMEOUT
# (seconds per curated query, default 120), SKIP_LOADER=1 (skip `extract --format nquads`, `techmil load`
# and tdb2.tdbloader, the slowest steps at 100,000 articles), QUERY_UNSET=1 (time each query that
# takes parameters also without them, besides with the values of its `# bench-params:` lines).
# Results: a Markdown report on stdout, and the raw logs under $BENCH_DIR/N/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bin/find-jdk.sh"
techmil_find_jdk || exit 2
java="$JAVA_HOME/bin/java"
bench="${BENCH_DIR:-/tmp/techmil-bench}"
seed="${SEED:-7}"
xmx="${XMX:-512m}"
query_timeout="${QUERY_TIMEOUT:-120}"
skip_loader="${SKIP_LOADER:-0}"
query_unset=""; [ "${QUERY_UNSET:-0}" = 1 ] && query_unset=unset
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000)
mkdir -p "$bench"

jar="$here/target/techmil.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/src/main" "$here/ontology" "$here/extractor" "$here/queries" -newer "$jar" -print -quit)" ]; then
    echo "bench: building $jar" >&2
    (cd "$here" && mvn -q -B -DskipTests package 1>&2)
fi
if [ ! -f "$here/target/test-classes/org/techmil/bench/QueryLatency.class" ] \
        || [ -n "$(find "$here/src/test/java/org/techmil/bench" -newer "$here/target/test-classes/org/techmil/bench/QueryLatency.class" -print -quit)" ]; then
    (cd "$here" && mvn -q -B test-compile 1>&2)
fi
jena_version=$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' "$here/pom.xml")
cmds="$HOME/.m2/repository/org/apache/jena/jena-cmds/$jena_version/jena-cmds-$jena_version.jar"
if [ ! -f "$cmds" ]; then
    echo "bench: fetching org.apache.jena:jena-cmds:$jena_version for tdb2.tdbloader" >&2
    (cd "$here" && mvn -q -B dependency:get -Dartifact="org.apache.jena:jena-cmds:$jena_version" -Dtransitive=false 1>&2)
fi

# timed LOG CMD...: runs CMD with /usr/bin/time's wall, CPU and peak RSS appended to LOG
timed() { local log=$1; shift; /usr/bin/time -f "TIME wall=%e user=%U sys=%S rss_kb=%M" -a -o "$log" "$@"; }
field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" "$1" | tail -1; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }

echo "# techmil build benchmark"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1);" \
     "Java $("$java" -version 2>&1 | head -1 | sed 's/.*version "\(.*\)".*/\1/'); heap -Xmx$xmx; load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
echo

for n in "${sizes[@]}"; do
    dir="$bench/$n"
    corpus="$dir/corpus"
    mkdir -p "$dir"
    if [ ! -f "$dir/corpus.done" ]; then
        rm -rf "$corpus"
        python3 "$here/bench/generate-corpus.py" --count "$n" --seed "$seed" --out "$corpus" 2>"$dir/generate.log"
        touch "$dir/corpus.done"
    fi
    rm -rf "$dir/store" "$dir/tdbloader" "$dir/loaded" "$dir"/*.log "$dir/quads.nq"
    corpus_mb=$(du -sm "$corpus" | cut -f1)

    # 1. clean + extract + N-Quads on all cores, no store
    if [ "$skip_loader" != 1 ]; then
        timed "$dir/extract.log" "$java" -Xmx"$xmx" -jar "$jar" extract --format nquads "$corpus" > "$dir/quads.nq" 2>>"$dir/extract.log"
        ex_wall=$(field "$dir/extract.log" wall)
    else
        ex_wall=0
    fi

    # 2. the whole build into a fresh store
    timed "$dir/build.log" "$java" -Xmx"$xmx" -jar "$jar" build --stats --store "$dir/store" "$corpus" 2>>"$dir/build.log" \
        || echo "bench: build exited $? (see $dir/build.log)" >&2
    b_wall=$(field "$dir/build.log" wall); b_user=$(field "$dir/build.log" user); b_sys=$(field "$dir/build.log" sys)
    b_rss=$(field "$dir/build.log" rss_kb)
    summary=$(grep '^loaded' "$dir/build.log" | tail -1)
    stats=$(grep '^stages' "$dir/build.log" | tail -1)
    in_build=$(echo "$summary" | sed -n 's/.* in \([0-9.]*\) s (.*/\1/p')
    peak_heap=$(echo "$stats" | sed -n 's/.*peak heap \([0-9]*\) MB.*/\1/p')
    put_wall=$(echo "$stats" | sed -n 's/.*put [0-9.]* s ([0-9]*\/s, \([0-9.]*\) s wall).*/\1/p')
    commit_wall=$(echo "$stats" | sed -n 's/.*commit \([0-9.]*\) s wall.*/\1/p')
    store_mb=$(du -sm "$dir/store" | cut -f1)
    quads=$(echo "$summary" | sed -n 's/.*(\([0-9,]*\) quads written.*/\1/p' | tr -d ,)

    # 3. the same build again: every article unchanged, skipped by content hash
    timed "$dir/rebuild.log" "$java" -Xmx"$xmx" -jar "$jar" build --store "$dir/store" "$corpus" 2>>"$dir/rebuild.log" \
        || echo "bench: rebuild exited $? (see $dir/rebuild.log)" >&2
    rb_in=$(grep '^loaded' "$dir/rebuild.log" | sed -n 's/.* in \([0-9.]*\) s (.*/\1/p')

    # 4. techmil load, then Jena's bulk loader, on the same quads, each into a fresh store
    if [ "$skip_loader" != 1 ]; then
        timed "$dir/load.log" "$java" -Xmx"$xmx" -jar "$jar" load --stats --store "$dir/loaded" "$dir/quads.nq" 2>>"$dir/load.log" \
            || echo "bench: load exited $? (see $dir/load.log)" >&2
        ld_wall=$(field "$dir/load.log" wall)
        ld_line=$(grep '^loaded .* graphs, ' "$dir/load.log" | tail -1)
        # the loading itself: from the first quad read to the last commit, without the story and index steps
        ld_secs=$(echo "$ld_line" | sed -n 's/.* failed in \([0-9.]*\) s (.*/\1/p')
        ld_quads=$(echo "$ld_line" | sed -n 's/^loaded [0-9,]* graphs, \([0-9,]*\) quads.*/\1/p' | tr -d ,)
        ld_rate=$(rate "$ld_quads" "$ld_secs")
        ld_derived=$(sed -n 's/.*story and index graphs \([0-9.]*\) s wall.*/\1/p' "$dir/load.log" | tail -1)
        timed "$dir/tdbloader.log" "$java" -Xmx"$xmx" -Dorg.slf4j.simpleLogger.defaultLogLevel=info -cp "$cmds:$jar" tdb2.tdbloader --loc "$dir/tdbloader" "$dir/quads.nq" >>"$dir/tdbloader.log" 2>&1
        tl_wall=$(field "$dir/tdbloader.log" wall)
        tl_secs=$(sed -n 's/.*Time = \([0-9.]*\) seconds.*/\1/p' "$dir/tdbloader.log" | tail -1)
        # tdbloader reports its time through slf4j at INFO (switched on above); without it only the wall time remains
        [ -n "$tl_secs" ] || tl_secs=$tl_wall
        tl_rate=$(rate "$quads" "$tl_secs")
        tl_mb=$(du -sm "$dir/tdbloader" | cut -f1)
    else
        tl_wall=-; tl_secs=-; tl_rate=0; tl_mb=-; ld_wall=-; ld_secs=-; ld_rate=0; ld_derived=-
    fi
    tm_load_secs=$(awk -v a="$put_wall" -v b="$commit_wall" 'BEGIN { print a + b }')
    tm_rate=$(rate "$quads" "$tm_load_secs")

    echo "## $n articles"
    echo
    echo "Corpus: $n generated articles ($corpus_mb MB, seed $seed), $quads quads. $summary"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| build end to end, wall (JVM start included) | $b_wall s: **$(rate "$n" "$b_wall") articles/s** |"
    echo "| build, from first input to last commit | $in_build s: $(rate "$n" "$in_build") articles/s |"
    echo "| build CPU (user + sys, all threads) | $(awk -v u="$b_user" -v s="$b_sys" 'BEGIN { print u + s }') s: $(rate "$n" "$(awk -v u="$b_user" -v s="$b_sys" 'BEGIN { print u + s }')") articles per CPU second |"
    echo "| clean + extract + N-Quads only (\`extract --format nquads\`), wall | $ex_wall s: $(rate "$n" "$ex_wall") articles/s |"
    echo "| rebuild, all unchanged (skipped by content hash) | $rb_in s: $(rate "$n" "$rb_in") articles/s |"
    echo "| stages | ${stats#stages }|"
    echo "| load into TDB2 inside build (writer: put + commit, wall) | $tm_load_secs s: $tm_rate quads/s |"
    echo "| \`techmil load\` of the same quads into a fresh store (parse to last commit) | $ld_secs s: **$ld_rate quads/s** ($ld_wall s wall with JVM start, story and index steps $ld_derived s) |"
    echo "| tdb2.tdbloader on the same quads (its own timing) | $tl_secs s: $tl_rate quads/s ($tl_wall s wall with JVM start) |"
    echo "| **techmil load / tdbloader** (rates) | **$(awk -v a="$ld_rate" -v b="$tl_rate" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')** |"
    echo "| build's writer / tdbloader (rates) | $(awk -v a="$tm_rate" -v b="$tl_rate" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }') |"
    echo "| peak heap (JVM memory pools) / peak RSS | $peak_heap MB / $((b_rss / 1024)) MB |"
    echo "| store size on disk | $store_mb MB (tdbloader's: $tl_mb MB; techmil load's: $( [ -d "$dir/loaded" ] && du -sm "$dir/loaded" | cut -f1 || echo -) MB) |"
    echo
    # 5. curated queries, timed in one JVM over the finished store (org.techmil.bench.QueryLatency)
    echo "| curated query | rows | first run (ms) | warm median of 3 (ms) | its CPU time (ms) |"
    echo "|---|---|---|---|---|"
    "$java" -Xmx"$xmx" -cp "$jar:$here/target/test-classes" org.techmil.bench.QueryLatency "$dir/store" "$here/queries" "$query_timeout" $query_unset 2>"$dir/queries.log"
    echo
done
