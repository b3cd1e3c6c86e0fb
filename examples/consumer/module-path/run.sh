#!/usr/bin/env bash
# A consumer on the module path, run from the project root after `mvn -B install -DskipTests`:
# compiles org.example.mp against the vc modules and runs it on the sample package. Exits non-zero
# when a step fails or the expected answers are not printed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target
mvn -B -q dependency:build-classpath -pl vc-examples -Dmdep.outputFile="$PWD/target/mp-classpath.txt" -Dmdep.includeScope=runtime
MP=$(tr ':' '\n' < target/mp-classpath.txt | grep -v 'picocli\|slf4j-simple\|value-annotations' | tr '\n' ':')vc-examples/target/classes
rm -rf target/mp-out
javac -d target/mp-out --module-path "$MP" --module-source-path examples/consumer/module-path/src -m org.example.mp
out=$(java --module-path "$MP:target/mp-out" -m org.example.mp/org.example.mp.Main examples/sample-package examples/consumer/module-path/opts.json 2>/dev/null)
echo "$out"
grep -q 'harm P003: HIGH_HARM' <<<"$out"
grep -q 'pipeline hotspots: 220' <<<"$out"
grep -q 'options from JSON: 700 in module org.vcanalytics.examples' <<<"$out"
echo "module-path consumer: OK"
