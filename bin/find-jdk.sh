# Sourced by ./techmil and .ci/run: sets JAVA_HOME to a JDK of version 21 or newer, or fails with one line.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm.

techmil_java_major() {
    # prints the major version of the java binary in $1/bin/java, or nothing
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n 1
}

techmil_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(techmil_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(techmil_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "techmil: no JDK 21 or newer found (checked JAVA_HOME and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk-headless" >&2
        return 1
    fi
    export JAVA_HOME="$best"
}
