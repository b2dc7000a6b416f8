#!/usr/bin/env bash
# Runs the whole benchmark at one size (default 10000 articles) and writes bench/results/<date>-<size>.md.
#   bench/run.sh [size]
# Needs: a local PostgreSQL reachable as postgres@127.0.0.1 without password, wrk (apt-get install wrk),
# the JDK. Environment: ITERATIONS (timed searches per query, default 200), WRK_SECONDS (default 10),
# SWEEP=0 to skip the MassIndexer sweep, KEEP=1 to keep the database and index directories afterwards,
# SECONDS_PER_SEARCH (default 15) and MIN_TIMED (default 30): each search is timed until it has run ITERATIONS
# times or for SECONDS_PER_SEARCH, but at least MIN_TIMED times (PostgreSQL FTS at 100k takes seconds a search).
set -euo pipefail

SIZE=${1:-10000}
ITERATIONS=${ITERATIONS:-200}
WRK_SECONDS=${WRK_SECONDS:-10}
PORT=${PORT:-8095}
HEAP=${HEAP:-2g}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB=bench_${SIZE}
WORK=/tmp/news-archive-bench-${SIZE}
INDEX=$WORK/index
# The directory Hibernate Search writes articles to: the name given by @Indexed on Article.
ARTICLE_INDEX=$INDEX/Article-4
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
BASE=http://127.0.0.1:$PORT
RESULT=$ROOT/bench/results/$(date -u +%Y-%m-%d)-${SIZE}.md
APP_PID=

mkdir -p "$WORK" "$ROOT/bench/results"
log() { echo "== $*" >&2; }
psql_db() { psql -X -q -U postgres -h 127.0.0.1 -d "$DB" -At "$@"; }
bench() { java -Xmx2g -Dbench.db="$DB_URL" -Dbench.queries="$ROOT/bench/queries.tsv" -jar "$ROOT/bench/target/news-archive-bench.jar" "$@"; }
app_env() { env SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres INDEX_DIR="$INDEX" PORT="$PORT" "$@"; }

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT
trap 'stop_app; exit 1' INT TERM

# Starts the app and waits until it is ready (ApplicationReadyEvent: after IndexBootstrap and StoryBootstrap);
# sets APP_PID and READY_SECONDS. Not to be called in a subshell: stop_app needs APP_PID.
start_app() {
    local started=$(date +%s.%N)
    if curl -sf "$BASE/actuator/health" > /dev/null; then
        echo "Something already serves $BASE: stop it first" >&2
        exit 1
    fi
    # env, not the app_env function: in the background a function runs in a subshell, and $! would be
    # that subshell rather than the JVM.
    env SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres INDEX_DIR="$INDEX" PORT="$PORT" \
        java -Xmx$HEAP -jar "$ROOT/target/news-archive-0.1.0-SNAPSHOT.jar" > "$WORK/app-$1.log" 2>&1 &
    APP_PID=$!
    until curl -sf "$BASE/actuator/health/readiness" > /dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app-$1.log" >&2; exit 1; }
        sleep 0.5
    done
    READY_SECONDS=$(echo "scale=1; ($(date +%s.%N) - $started) / 1" | bc)
}

log "build"
if [[ "${BUILD:-1}" == 1 ]]; then
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests && ./mvnw -q -B -f bench/pom.xml package)
fi
rm -rf "$WORK/app" "$WORK/inprocess" && mkdir -p "$WORK/app" "$WORK/inprocess"
(cd "$WORK/app" && unzip -q "$ROOT/target/news-archive-0.1.0-SNAPSHOT.jar")
HDR=$(ls "$WORK"/app/BOOT-INF/lib/HdrHistogram-*.jar 2>/dev/null || find ~/.m2/repository/org/hdrhistogram -name 'HdrHistogram-2.2.2.jar' | head -1)
javac -q -d "$WORK/inprocess" -cp "$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*:$HDR" \
    "$ROOT"/bench/inprocess/org/newsarchive/bench/InProcess.java 2>/dev/null \
    || javac -d "$WORK/inprocess" -cp "$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*:$HDR" \
        "$ROOT"/bench/inprocess/org/newsarchive/bench/InProcess.java

{
    echo "# News Archive benchmark: $SIZE articles"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') from commit $(cd "$ROOT" && git rev-parse --short HEAD)."
    echo
    echo "## Machine"
    echo
    echo '```'
    echo "nproc: $(nproc)"
    echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    java -version 2>&1
    echo "postgres: $(psql -X -U postgres -h 127.0.0.1 -Atc 'show server_version')"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo '```'
} > "$RESULT.machine"

log "database $DB"
if ! psql -X -U postgres -h 127.0.0.1 -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    psql -X -q -U postgres -h 127.0.0.1 -c "create database $DB"
    rm -rf "$INDEX"
    # First start on an empty database: Flyway, five seed articles.
    start_app cold
    COLD="${READY_SECONDS}s"
    stop_app
else
    COLD="not measured (database kept from an earlier run)"
fi

log "load $SIZE articles (fast path)"
LOAD=$(bench load "$SIZE")
bench place-alone > /dev/null
if [[ "${PG:-1}" == 1 ]]; then
    PGFTS=$(bench pg-fts)
    ENGINES=lucene,pg,http
else
    PGFTS="pg-fts: skipped (PG=0)"
    ENGINES=lucene,http
fi

log "start the app: MassIndexer rebuilds the index"
rm -rf "$INDEX"
start_app indexed
STARTUP=$READY_SECONDS
MASS=$(grep -o 'Mass indexing complete in [^ ]*\. Indexed [0-9]*/[0-9]*' "$WORK/app-indexed.log" | tail -1 || true)
# Hibernate Search's own rate when the last entity was indexed, before the merge into one segment.
MASS_RATE=$(grep -o 'Mass indexed 100.00% [0-9/]*\. Speed: [0-9.]*/s instant, [0-9.]*/s since start' "$WORK/app-indexed.log" \
    | tail -1 | grep -o '[0-9.]*/s since start' || true)
stop_app
log "restart with the index in place"
start_app warm
WARM=$READY_SECONDS

log "raw IndexWriter on the same rows"
if [[ "${RAW_INDEX:-1}" == 1 ]]; then
    # Holds every article in memory before timing the writer: about 1 GB a 100k articles.
    RAW=$(java -Xmx6g -Dbench.db="$DB_URL" -Dbench.ramBufferMb=64 -jar "$ROOT/bench/target/news-archive-bench.jar" \
        raw-index "$ROOT/src/main/resources" "$WORK/raw-index" "$(nproc)")
else
    RAW="raw-index: skipped (RAW_INDEX=0)"
fi

log "query mix: raw Lucene, PostgreSQL FTS, HTTP"
QUERIES=$(java -Xmx4g -Dbench.db="$DB_URL" -Dbench.queries="$ROOT/bench/queries.tsv" -Dbench.appPid="$APP_PID" \
    -Dbench.app="$BASE" -Dbench.secondsPerSearch="${SECONDS_PER_SEARCH:-15}" -Dbench.minTimed="${MIN_TIMED:-30}" \
    -Dbench.warmUpSeconds="${WARM_UP_SECONDS:-300}" \
    -jar "$ROOT/bench/target/news-archive-bench.jar" queries "$ROOT/src/main/resources" "$ARTICLE_INDEX" "$ENGINES" "$ITERATIONS")

log "wrk"
WRK_LUA=$WORK/mix.lua
{
    echo "local paths = {}"
    # Read with | for tabs: a tab in IFS is whitespace, and runs of it would merge the empty columns.
    while IFS='|' read -r name q outlet from to sort; do
        [[ -z "$name" || "$name" == \#* ]] && continue
        p="q=$(printf '%s' "$q" | jq -sRr @uri 2>/dev/null || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")"
        [[ -n "${outlet:-}" ]] && p="$p&outlet=$outlet"
        [[ -n "${from:-}" ]] && p="$p&from=$from&to=$to"
        [[ -n "${sort:-}" ]] && p="$p&sort=$sort"
        echo "table.insert(paths, \"$p\")"
    done < <(tr '\t' '|' < "$ROOT/bench/queries.tsv")
    echo 'local prefix = os.getenv("WRK_PREFIX")'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", prefix .. paths[(i % #paths) + 1]) end'
} > "$WRK_LUA"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
WRK_ROWS=""
for target in static trivial health api page; do
    for connections in 1 4 16 64; do
        threads=$(( connections < 2 ? 1 : 2 ))
        case $target in
            static) args=("$BASE/css/archive.css"); label="static /css/archive.css" ;;
            trivial) args=("$BASE/actuator/health/liveness"); label="trivial /actuator/health/liveness" ;;
            health) args=("$BASE/actuator/health"); label="/actuator/health (articles, outbox, index)" ;;
            api) args=(-s "$WRK_LUA" "$BASE"); export WRK_PREFIX=/api/search?; label="/api/search mix" ;;
            page) args=(-s "$WRK_LUA" "$BASE"); export WRK_PREFIX=/search?; label="/search page mix" ;;
        esac
        before=$(cpu_ticks)
        out=$(wrk -t"$threads" -c"$connections" -d"${WRK_SECONDS}s" --latency "${args[@]}")
        ticks=$(( $(cpu_ticks) - before ))
        requests=$(echo "$out" | awk '/requests in/ {print $1}')
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
        cpu=$(echo "scale=2; $ticks * 10 / $requests" | bc)
        WRK_ROWS+="| $label | $connections | $rps | $p50 | $p99 | $cpu | ${errors:-} |"$'\n'
    done
done

RSS=$(awk '/VmRSS/ {print $2 / 1024 " MiB"}' "/proc/$APP_PID/status")
HEAP_USED=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -E 'total|used' | sed 's/^ *//')
# What the app keeps, rather than what it has not collected yet: the figure to extrapolate to larger archives.
jcmd "$APP_PID" GC.run > /dev/null 2>&1
HEAP_LIVE=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -E 'total|used' | sed 's/^ *//')
stop_app

log "SearchService in-process"
INPROC=$(app_env java -Xmx$HEAP -Dlogging.level.root=WARN -cp "$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*:$WORK/inprocess:$HDR" \
    org.newsarchive.bench.InProcess search "$ROOT/bench/queries.tsv" "$ITERATIONS" | grep '^|')

SWEEP_ROWS=""
if [[ "${SWEEP:-1}" == 1 ]]; then
    log "MassIndexer sweep"
    # A copy of the full index, so that IndexBootstrap finds nothing to rebuild when each run starts.
    rm -rf "$WORK/sweep-index" && cp -r "$INDEX" "$WORK/sweep-index"
    # threads batch idFetch default_batch_fetch_size ram_buffer_size(MB); the first row is Hibernate Search's default,
    # the second the app's on two cores (IndexRebuild, application.properties).
    while read -r threads batch fetch bfs ram; do
        SWEEP_ROWS+=$(env SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres INDEX_DIR="$WORK/sweep-index" \
            java -Xmx$HEAP -Dlogging.level.root=WARN \
            -Dspring.jpa.properties.hibernate.default_batch_fetch_size="$bfs" \
            -Dspring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size="$ram" \
            -cp "$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*:$WORK/inprocess:$HDR" \
            org.newsarchive.bench.InProcess mass-index "$threads" "$batch" "$fetch" | grep '^|')$'\n'
    done <<'CONFIGS'
6 10 100 64 16
2 100 1000 100 64
2 25 1000 100 64
4 100 1000 100 64
2 100 1000 100 16
CONFIGS
fi

INDEX_SIZE=$(du -sh "$ARTICLE_INDEX" | cut -f1)
RAW_SIZE=$(du -sh "$WORK/raw-index" 2>/dev/null | cut -f1 || echo "not built")
TABLES=$(psql_db -F ' | ' -c "select relname, pg_size_pretty(pg_total_relation_size(oid)) from pg_class where relname in ('article', 'actor_mention', 'bench_article_fts', 'bench_article_fts_idx') order by relname" | sed 's/^/| /; s/$/ |/')

{
    cat "$RESULT.machine"
    echo
    echo "## Ratios"
    echo
    printf '%s\n%s\n%s\n' "$QUERIES" "$INPROC" "$WRK_ROWS" | bench ratios
    echo
    echo "## Loading"
    echo
    echo "- $LOAD"
    echo "- $PGFTS"
    echo "- MassIndexer at app startup (the app's settings, IndexRebuild): ${MASS:-not found in the log}; before the merge into one segment, ${MASS_RATE:-not found in the log}"
    echo "- $RAW"
    echo "- startup on the empty database: ${COLD}; with $SIZE articles to index: ${STARTUP}s; with the index in place: ${WARM}s"
    echo
    echo "## Query mix, one request at a time"
    echo
    echo "$QUERIES" | grep '^|'
    echo "$INPROC"
    echo
    # What the query mix says besides its rows: how long the warm-up took.
    echo "$QUERIES" | grep -v '^|' | grep . || true
    echo
    echo "## Under wrk load (mix of the searches above, round robin)"
    echo
    echo "| target | connections | req/s | p50 | p99 | app CPU-ms/req | errors |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    echo -n "$WRK_ROWS"
    echo
    echo "App after the wrk runs: RSS $RSS; heap: $HEAP_USED; after a full GC: $HEAP_LIVE"
    echo
    if [[ -n "$SWEEP_ROWS" ]]; then
        echo "## MassIndexer sweep (Article only, in-process, separate index directory)"
        echo
        echo "| load threads | batch size | id fetch size | default_batch_fetch_size | RAM buffer MB | articles | s | docs/s |"
        echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
        echo -n "$SWEEP_ROWS"
        echo
    fi
    echo "## Sizes"
    echo
    echo "- Hibernate Search Article index: $INDEX_SIZE; raw IndexWriter index: $RAW_SIZE"
    echo
    echo "| relation | total size |"
    echo "|---|---|"
    echo "$TABLES"
    echo
    echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULT"
rm -f "$RESULT.machine"
cat "$RESULT"

if [[ "${KEEP:-0}" != 1 ]]; then
    psql -X -q -U postgres -h 127.0.0.1 -c "drop database $DB"
    rm -rf "$WORK"
fi
