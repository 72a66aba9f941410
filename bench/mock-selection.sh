#!/usr/bin/env bash
# Benchmarks of the in-memory backend (not run by the tests).
#   bench/mock-selection.sh            JMH: pull+process and pull+reject at 10k, 100k, 1M records
#   bench/mock-selection.sh memory     heap per record at 10k, 100k, 1M records
#   bench/mock-selection.sh -p records=10000   extra arguments go to JMH
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl outbound-adapter-mock -am install -DskipTests
mvn -B -q -pl outbound-adapter-mock test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="outbound-adapter-mock/target/test-classes:outbound-adapter-mock/target/classes:$(cat outbound-adapter-mock/target/bench.classpath)"
java -version 2>&1 | sed -n 1p
echo "cores: $(nproc), memory: $(free -g | awk '/Mem:/{print $2}') GiB"
if [ "${1:-}" = memory ]; then
  exec java -Xmx6g -cp "$cp" dev.outbound.adapter.mock.bench.MemoryPerRecord
fi
exec java -cp "$cp" org.openjdk.jmh.Main 'dev.outbound.adapter.mock.bench.RecordSelectionBenchmark' "$@"
