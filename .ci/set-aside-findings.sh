#!/usr/bin/env bash
# New Jazzer findings (crash-*, timeout-*, slow-unit-*, oom-*) that fuzzing saved among the kept
# inputs, not yet committed: print each one's bytes as base64 and move it to target/fuzz-findings.
# Once fixed, a finding is committed under its inputs folder and becomes a regression test.
set -uo pipefail
cd "$(dirname "$0")/.."
inputs=src/test/resources/io/xunlu/fuzz
mkdir -p target/fuzz-findings
git ls-files --others --exclude-standard -- "$inputs" | grep -E '/(crash|timeout|slow-unit|oom)-[^/]*$' \
  | while IFS= read -r f; do
      dest="target/fuzz-findings/${f#"$inputs"/}"
      mkdir -p "$(dirname "$dest")"
      echo "ci: new fuzz finding $f ($(wc -c <"$f") bytes), base64:" >&2
      base64 -w0 "$f" >&2
      echo >&2
      mv "$f" "$dest"
    done
exit 0
