#!/usr/bin/env bash
# Fuzzes masthead-jackson's Jazzer fuzz tests for real: coverage-guided, with Jackson's
# (tools.jackson.**) and Masthead's (dev.masthead.**) classes instrumented. Jazzer fuzzes one
# fuzz test per run, so this runs them one after the other. Not part of the build or of CI: the
# default build (./mvnw -B -ntp verify) only replays the committed inputs.
#
#   jackson-module/fuzz.sh ReadFuzzTest#readBytes 5m   # one fuzz test for 5 minutes
#   jackson-module/fuzz.sh all 5m                      # each fuzz test for 5 minutes
#
# Duration: 30s, 5m, 1h... A finding stops the run and is written as crash-<sha1> into the
# test's inputs directory under src/test/resources/dev/masthead/jackson/: rename it to say what
# it is, fix the bug, commit both. The generated corpus stays in jackson-module/.cifuzz-corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_TESTS=(ReadFuzzTest#readBytes ReadFuzzTest#readString RoundTripFuzzTest#generatedValuesRoundTrip)

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 (all | ${FUZZ_TESTS[*]// / | }) [duration, default 5m]" >&2
  exit 2
fi
duration="${2:-5m}"
if [[ "$1" == all ]]; then
  tests=("${FUZZ_TESTS[@]}")
else
  tests=("$1")
fi

for test in "${tests[@]}"; do
  echo "== Fuzzing $test for $duration"
  JAZZER_FUZZ=1 ./mvnw -B -ntp -Pfuzz -pl jackson-module -am test \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="$duration"
done
