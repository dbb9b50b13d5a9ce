#!/usr/bin/env bash
# Checks that a speed change changed no number: runs every bundled scenario (scenarios/*.yaml and
# scenarios/validation/*.yaml) through a distsim jar, writes each JSON and text report into a
# directory, and, given a reference directory written the same way by another jar or JDK, compares
# the two byte for byte. It also runs one scenario as replications on 1 and on 2 threads, which
# must give the same bytes.
#
#   docs/perf/same-numbers.sh OUT_DIR [REFERENCE_DIR]
#   JAR=/tmp/distsim-before.jar docs/perf/same-numbers.sh /tmp/before
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java docs/perf/same-numbers.sh /tmp/jdk25 /tmp/before
#
# JAR defaults to sim-cli/target/distsim.jar (build it first), JAVA to the java on PATH. Exits 0
# when every output was written and, with a reference, all of them are identical; 1 otherwise.
# It takes about a minute and a half on the 2-core machine.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${JAR:-$root/sim-cli/target/distsim.jar}"
java="${JAVA:-java}"
out="${1:?usage: same-numbers.sh OUT_DIR [REFERENCE_DIR]}"
reference="${2:-}"

mkdir -p "$out"
status=0
run() { # name, then the arguments of distsim
  local name="$1"
  shift
  # Exit 1 means an SLO broke, which some scenarios show on purpose; only 2 and 3 are failures.
  local code=0
  (cd "$root" && "$java" -jar "$jar" "$@") >"$out/$name" 2>"$out/$name.err" || code=$?
  if ((code > 1)); then
    echo "same-numbers: '$name' exited $code:" >&2
    cat "$out/$name.err" >&2
    status=1
  fi
  rm -f "$out/$name.err"
}

for file in "$root"/scenarios/*.yaml "$root"/scenarios/validation/*.yaml; do
  rel="${file#"$root"/}"
  name="$(echo "${rel%.yaml}" | tr / _)"
  run "$name.json" run "$rel" --format json --no-progress
  run "$name.txt" run "$rel" --no-progress
done
run replications-threads-1.json run scenarios/validation/mmc.yaml --replications 4 --threads 1 --format json --no-progress
run replications-threads-2.json run scenarios/validation/mmc.yaml --replications 4 --threads 2 --format json --no-progress
if ! cmp -s "$out/replications-threads-1.json" "$out/replications-threads-2.json"; then
  echo "same-numbers: replications differ between 1 and 2 threads" >&2
  status=1
fi

if [[ -n "$reference" ]]; then
  if diff -rq "$reference" "$out" >&2; then
    echo "same-numbers: all $(ls "$out" | wc -l) outputs identical to $reference"
  else
    status=1
  fi
else
  echo "same-numbers: wrote $(ls "$out" | wc -l) outputs to $out"
fi
exit $status
