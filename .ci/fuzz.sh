#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer, one target at a time (Jazzer fuzzes one @FuzzTest per JVM),
# each for FuzzBudget.PER_TARGET (60 s). Not part of .ci/run: the default `mvn verify` only
# replays the kept inputs (regression mode). A finding fails the target's run, and Jazzer saves
# the input as src/test/resources/io/xunlu/fuzz/<Class>Inputs/<method>/crash-*: fix the code, keep
# the file (it becomes a regression test), commit both.
#   bash .ci/fuzz.sh                          every target
#   bash .ci/fuzz.sh PipelineFuzzTest#text    one or more targets
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    IngestFuzzTest#decodeAndIngestBytes IngestFuzzTest#htmlArticleText IngestFuzzTest#matchFolding
    LayoutFuzzTest#split
    ExtractorFuzzTest#officials ExtractorFuzzTest#organizations ExtractorFuzzTest#places
    ExtractorFuzzTest#projects ExtractorFuzzTest#people ExtractorFuzzTest#amountsAndCounts
    ExtractorFuzzTest#dates ExtractorFuzzTest#documents ExtractorFuzzTest#allExtractorsTogether
    PipelineFuzzTest#text PipelineFuzzTest#bytes
  )
fi
mvn -B -q test-compile || exit 2
failed=0
total=0
mkdir -p target/fuzz-logs
for t in "${targets[@]}"; do
  log="target/fuzz-logs/${t/\#/.}.log"
  echo "fuzz: $t" >&2
  if JAZZER_FUZZ=1 mvn -B -q surefire:test -Dtest="io.xunlu.fuzz.$t" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    result=ok
  else
    result=FINDING
    failed=1
    # the finding itself (Jazzer's report and the stack) for the CI log
    grep -aE -A25 "== Java Exception|FuzzTestFinding|AssertionFailedError" "$log" | head -40 >&2
  fi
  # libFuzzer ends with "Done N runs in S second(s)"
  runs=$(grep -aoE "Done [0-9]+ runs" "$log" | tail -1 | grep -oE "[0-9]+")
  printf 'fuzz: %-42s %-8s %12s executions\n' "$t" "$result" "${runs:-?}"
  total=$((total + ${runs:-0}))
done
printf 'fuzz: %-42s %-8s %12s executions\n' "total" "" "$total"
exit $failed
