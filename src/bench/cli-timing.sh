#!/usr/bin/env bash
# Whole-process timing of the Leverage CLI: JVM start, loading the rules, the assessment and the output, as a
# user of bin/leverage waits for them. One warm-up run (page cache, first build of the jar, the start-up archive),
# then N timed runs; prints each run's wall-clock seconds (and CPU seconds, user + system, which other load on the
# machine disturbs less) and the median, min and max. Does it for each Java a user may have: the one bin/leverage
# picks (a Java 25+ when installed) and, when that is another release, the `java` on PATH (LEVERAGE_JAVA=java), as
# a user with only Java 17 runs it. Writes no files but the launcher's own start-up archives in target/.
#
#   src/bench/cli-timing.sh                       # 10 runs of: bin/leverage assess
#   src/bench/cli-timing.sh -n 20 -- assess scenarios/full-package.yaml --format json
#
# Arguments after -- are passed to bin/leverage (default: assess); relative paths among them are relative to
# the current directory, as with bin/leverage itself. LEVERAGE_JAVA_OPTS is honoured, as by bin/leverage.
set -euo pipefail

usage() {
  echo "usage: $(basename "$0") [-n RUNS] [-- LEVERAGE-ARGUMENTS...]   (default: -n 10 -- assess)" >&2
  exit 2
}

runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    -n) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
    -n*) runs=${1#-n}; shift ;;
    --) shift; break ;;
    -h|--help) usage ;;
    *) echo "$(basename "$0"): unknown argument: $1" >&2; usage ;;
  esac
done
case "$runs" in
  ''|*[!0-9]*|0) echo "$(basename "$0"): -n needs a positive whole number, got: $runs" >&2; exit 2 ;;
esac
if [ $# -eq 0 ]; then
  set -- assess
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
leverage="$here/bin/leverage"
described="bin/leverage $*"

echo "== java -version"
java -version 2>&1 | sed 's/^/   /'
echo "== project: $here"

# bin/leverage builds target/leverage.jar when it is missing or stale; do that outside the timed runs.
if ! launcher_version=$("$leverage" --version); then
  echo "$(basename "$0"): bin/leverage --version failed" >&2
  exit 1
fi

run_once() {
  local status=0
  "$leverage" "$@" >/dev/null || status=$?
  if [ "$status" -ne 0 ]; then
    echo "$(basename "$0"): '$described' exited with status $status; not timing a failing command" >&2
    exit 1
  fi
}

# The CPU time (user + system, in clock ticks) of this shell's finished children, from /proc.
ticks_per_second=$(getconf CLK_TCK)
children_cpu_ticks() {
  local stat
  stat=$(</proc/$$/stat)
  stat=${stat##*) }                     # the fields after "(comm) ", from the state (field 3) on
  set -- $stat
  echo $((${14} + ${15}))               # fields 16 and 17: cutime and cstime
}

summary() { # summary WHAT: the median, min and max of the seconds on standard input
  sort -n | awk -v what="$1" '
    { t[NR] = $1 }
    END {
      median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "median %.2f s (min %.2f, max %.2f) over %d runs of: %s\n", median, t[1], t[NR], NR, what
    }'
}

time_runs() { # time_runs LABEL: a warm-up, then the timed runs, under the LEVERAGE_JAVA of the caller
  local label=$1 version walls=() cpus=() i cpu_before start end cpu_after
  shift
  version=$("$leverage" --version)
  echo "== $label: bin/leverage runs on: $version"
  echo "== warm-up: $described"
  run_once "$@"
  for ((i = 1; i <= runs; i++)); do
    cpu_before=$(children_cpu_ticks)
    start=$(date +%s%N)
    run_once "$@"
    end=$(date +%s%N)
    cpu_after=$(children_cpu_ticks)
    walls+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')")
    cpus+=("$(awk -v t=$((cpu_after - cpu_before)) -v hz="$ticks_per_second" 'BEGIN { printf "%.2f", t / hz }')")
    printf 'run %2d: %s s   (cpu %s s)\n' "$i" "${walls[-1]}" "${cpus[-1]}"
  done
  printf '%s\n' "${cpus[@]}" | summary "$described" | sed "s/^/$label, cpu (user + system): /"
  printf '%s\n' "${walls[@]}" | summary "$described" | sed "s/^/$label: /"
}

# The Java the launcher picks, unless LEVERAGE_JAVA already names one; then, when it differs, the java on PATH.
time_runs "launcher's Java" "$@"
if [ -z "${LEVERAGE_JAVA:-}" ] && [ "$(LEVERAGE_JAVA=java "$leverage" --version)" != "$launcher_version" ]; then
  LEVERAGE_JAVA=java time_runs "java on PATH" "$@"
fi
