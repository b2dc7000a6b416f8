#!/usr/bin/env bash
# Times the app's real import pipeline on the benchmark corpus: articles 0..size-1 written as JSON Lines,
# imported by `java -jar app.jar import` into a fresh database, and the same command on an empty
# directory for the start-up and shutdown it includes. Prints docs/s.
#   bench/import.sh [size]          (default 2000)
# IMPORT_JAVA_OPTS adds JVM options to the timed import only, e.g. a JFR recording:
#   IMPORT_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/import.jfr,settings=profile bench/import.sh 10000
# Needs the local PostgreSQL (postgres@127.0.0.1, no password) and the JDK.
set -euo pipefail

SIZE=${1:-2000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB=bench_import_${SIZE}
WORK=/tmp/news-archive-bench-import-${SIZE}
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
APP_JAR=$ROOT/target/news-archive-0.1.0-SNAPSHOT.jar

log() { echo "== $*" >&2; }
# The timed import's log is kept beside the work directory, for its timestamps (when grouping began, say).
cleanup() { [[ -f "$WORK/last.log" ]] && cp "$WORK/last.log" "$WORK.log"
    psql -X -q -U postgres -h 127.0.0.1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres; rm -rf "$WORK"; }
trap cleanup EXIT
app_import() {
    env SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres INDEX_DIR="$WORK/index" \
        java -Xmx2g ${JAVA_EXTRA:-} -jar "$APP_JAR" import "$@"
}
articles() { psql -X -q -U postgres -h 127.0.0.1 -At -c "SELECT count(*) FROM article" "$DB"; }
# The import command exits 1 when some article failed, which the corpus makes happen: those are counted.
# Prints the wall seconds, and leaves the CPU seconds of the JVM (user + system) in $WORK/cpu.
seconds_of() { local started=$(date +%s.%N) status=0 TIMEFORMAT='%U + %S'
    { time "$@" > "$WORK/last.log" 2>&1 || status=$?; } 2> "$WORK/cpu"
    [[ $status -le 1 ]] || { tail -30 "$WORK/last.log" >&2; exit 1; }
    echo "$(date +%s.%N) - $started" | bc; }
cpu_seconds() { bc < "$WORK/cpu"; }

log "Building the app and the harness"
(cd "$ROOT" && ./mvnw -q -DskipTests package && ./mvnw -q -f bench/pom.xml package)
cleanup
mkdir -p "$WORK/empty"
psql -X -q -U postgres -h 127.0.0.1 -c "CREATE DATABASE $DB" postgres

log "Migrating the database (an import of nothing: start-up, Flyway, the seeds, shutdown)"
first=$(seconds_of app_import "$WORK/empty")
log "Writing $SIZE articles as JSON Lines"
java -Dbench.db="$DB_URL" -jar "$ROOT/bench/target/news-archive-bench.jar" json-lines "$SIZE" "$WORK/articles.jsonl"
log "Timing an import of nothing, then of the $SIZE articles"
empty=$(seconds_of app_import "$WORK/empty")
empty_cpu=$(cpu_seconds)
before=$(articles)
full=$(JAVA_EXTRA=${IMPORT_JAVA_OPTS:-} seconds_of app_import "$WORK/articles.jsonl")
full_cpu=$(cpu_seconds)
imported=$(( $(articles) - before ))
failed=$(grep -c "^  failed " "$WORK/last.log" || true)
net=$(echo "$full - $empty" | bc)
printf 'import of %d articles through the pipeline: %.1f s with start-up, %.1f s without; %d stored, %d refused; %.1f docs/s\n' \
    "$SIZE" "$full" "$net" "$imported" "$failed" "$(echo "$SIZE / $net" | bc -l)"
printf 'the JVM used %.1f CPU seconds beyond start-up, %.1f ms an article (the machine has %d cores)\n' \
    "$(echo "$full_cpu - $empty_cpu" | bc)" "$(echo "($full_cpu - $empty_cpu) * 1000 / $SIZE" | bc -l)" "$(nproc)"
printf '(first start with migrations: %.1f s; start and stop with nothing to import: %.1f s; load average: %s)\n' \
    "$first" "$empty" "$(cut -d' ' -f1-3 /proc/loadavg)"
