#!/usr/bin/env bash
# Microbenchmarks of the domain's rules (not run by the tests): field validation, rescheduling in the record's zone,
# calling-window checks, the flat record form.
#   bench/domain.sh [JMH arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl outbound-domain install -DskipTests
mvn -B -q -pl outbound-domain test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="outbound-domain/target/test-classes:outbound-domain/target/classes:$(cat outbound-domain/target/bench.classpath)"
java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB"
exec java -cp "$cp" org.openjdk.jmh.Main 'dev.outbound.domain.bench.DomainBenchmark' "$@"
