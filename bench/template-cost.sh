#!/usr/bin/env bash
# What one page's template costs alone, and how copies of the templates compare (TemplateCost.java): the
# page's model is made once by the app, then each copy renders it in turn, round after round, in one JVM.
#   bench/template-cost.sh ADDRESS TEMPLATE-DIRECTORY...
#   e.g. bench/template-cost.sh '/search?q=zelenskyy' src/main/resources/templates /tmp/templates-without-facets
# Uses the database and index that a kept run left (KEEP=1 bench/run.sh SIZE); SIZE defaults to 100000.
# BUILD=0 uses the jar already built. Prints one row a copy: the first copy is the one the others are divided by.
set -euo pipefail

SIZE=${SIZE:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=/tmp/news-archive-bench-${SIZE}
OUT=$WORK/template-cost
ADDRESS=$1
shift
COPIES=()
for copy in "$@"; do
    COPIES+=("$(realpath "$copy")")
done

if [[ ! -d "$WORK/index" ]]; then
    echo "No index in $WORK: run KEEP=1 bench/run.sh $SIZE first" >&2
    exit 1
fi
if [[ "${BUILD:-1}" == 1 ]]; then
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
fi
rm -rf "$OUT" && mkdir -p "$OUT/app" "$OUT/classes"
trap 'rm -rf "$OUT"' EXIT
(cd "$OUT/app" && unzip -q "$ROOT/target/news-archive-0.1.0-SNAPSHOT.jar")
# The app's jar holds no spring-test: the version of its Spring Framework, from the local Maven repository,
# where the app's own build put it.
SPRING=$(ls "$OUT/app/BOOT-INF/lib" | sed -n 's/^spring-core-\(.*\)\.jar$/\1/p')
SPRING_TEST=$(find ~/.m2/repository/org/springframework/spring-test -name "spring-test-$SPRING.jar" | head -1)
CLASSPATH="$OUT/app/BOOT-INF/classes:$OUT/app/BOOT-INF/lib/*:$SPRING_TEST"
javac -d "$OUT/classes" -cp "$CLASSPATH" "$ROOT/bench/inprocess/org/newsarchive/bench/TemplateCost.java"
# A copy of the index, so that an app still serving the original keeps its lock.
cp -r "$WORK/index" "$OUT/index"
find "$OUT/index" -name write.lock -delete

env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/bench_$SIZE" SPRING_DATASOURCE_USERNAME=postgres \
    INDEX_DIR="$OUT/index" java -Xmx2g -Dlogging.level.root=WARN -Dspring.main.banner-mode=off \
    -cp "$CLASSPATH:$OUT/classes" org.newsarchive.bench.TemplateCost "$ADDRESS" "${COPIES[@]}" | grep '^|'
