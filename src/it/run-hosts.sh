#!/usr/bin/env bash
# Leverage as a library in three host applications, one per logging stack (src/it/hosts: Log4j 2, Logback,
# slf4j-simple). Installs org.leverage:leverage from this clone, then for each host: resolves and compiles it
# against the installed artifact, checks its dependency tree holds none of the command line's jars (Logback only
# where the host chose it), and runs it: it must assess 1,000 distinct states through the backend it chose,
# show Leverage's DEBUG lines under the documented logger names, load the clone's .csv decision table without
# POI, and leave no logging complaint on stderr.
#
# Maven runs offline first and goes online only when the local repository lacks something (a first run).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
hosts="$root/src/it/hosts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$SECONDS

fail() { echo "run-hosts: FAIL: $*" >&2; exit 1; }

mvn_offline_first() { # DIR LOG ARGS...: mvn -o, and online only if offline failed
  local dir=$1 log=$2; shift 2
  if ! (cd "$dir" && mvn -B -q -o "$@" >"$log" 2>&1); then
    if ! (cd "$dir" && mvn -B -q "$@" >"$log" 2>&1); then
      tail -n 40 "$log" >&2
      fail "mvn $* in $dir"
    fi
  fi
}

version=$(sed -n '/<artifactId>leverage<\/artifactId>/,/<\/version>/s|.*<version>\(.*\)</version>.*|\1|p' \
  "$root/pom.xml" | head -n 1)
[ -n "$version" ] || fail "no version found in $root/pom.xml"

echo "run-hosts: installing org.leverage:leverage:$version"
mvn_offline_first "$root" "$work/install.log" install -DskipTests

# The jars a host must never inherit from the library: the command line's picocli, Logback and Log4j bridge,
# and the spreadsheet stack (POI), which a host adds only to load .xlsx decision tables.
forbidden=(ch.qos.logback:logback-classic org.apache.logging.log4j:log4j-to-slf4j info.picocli:picocli
  org.apache.poi:poi-ooxml org.apache.poi:poi:)

check_host() { # NAME EXPECTED-SLF4J-FACTORY LINE-PREFIX [ALLOWED-ARTIFACT]: the prefix is the host's log pattern's
  local name=$1 factory=$2 prefix=$3 allowed=${4:-} dir="$hosts/$1" out="$work/$1"
  mkdir -p "$out"
  rm -rf "$dir/target"
  mvn_offline_first "$dir" "$out/mvn.log" -Dleverage.version="$version" compile \
    dependency:tree -DoutputFile="$out/tree.txt" \
    dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"

  grep -q "org.leverage:leverage:jar:$version:compile" "$out/tree.txt" \
    || fail "$name: the dependency tree does not show org.leverage:leverage:$version"
  local artifact
  for artifact in "${forbidden[@]}"; do
    [ "$artifact" = "$allowed" ] && continue
    if grep -F -- "$artifact" "$out/tree.txt" >&2; then
      fail "$name: the host inherits $artifact (dependency:tree above)"
    fi
  done

  local classpath jars
  classpath=$(cat "$out/classpath.txt")
  jars=$(tr ':' '\n' <"$out/classpath.txt" | grep -c '\.jar$')
  if ! java -cp "$dir/target/classes:$classpath" com.example.host.HostMain "$root/src/test/resources/rule-folders/decision-table" \
      >"$out/stdout" 2>"$out/stderr"; then
    cat "$out/stdout" "$out/stderr" >&2
    fail "$name: the host did not run to the end"
  fi
  rm -rf "$dir/target"

  grep -q "^slf4j backend: $factory\$" "$out/stdout" \
    || { cat "$out/stdout" >&2; fail "$name: SLF4J is not bound to $factory"; }
  grep -q "^assessed 1000 distinct states " "$out/stdout" \
    || { cat "$out/stdout" >&2; fail "$name: did not assess 1,000 states"; }
  grep -q "^rules loaded from .*decision-table: \[.*aid-pressure.csv\]" "$out/stdout" \
    || { cat "$out/stdout" >&2; fail "$name: the .csv decision table was not loaded"; }
  grep -q "^${prefix}DEBUG org.leverage.engine.RuleCompiler - compiled [0-9]* rules" "$out/stdout" \
    || { cat "$out/stdout" >&2; fail "$name: no DEBUG line from org.leverage.engine.RuleCompiler"; }
  grep -q "^${prefix}INFO  *com.example.host.HostMain - assessed 1000 states" "$out/stdout" \
    || { cat "$out/stdout" >&2; fail "$name: the host's own log line did not go through its backend"; }
  if grep -E -i 'SLF4J|StatusLogger|log4j|logback|cannot be present|provider' "$out/stderr" >&2; then
    fail "$name: a logging complaint on stderr (above)"
  fi
  printf 'run-hosts: %-12s ok: %s; %s jars on its class path; %s\n' "$name" \
    "$(grep '^assessed' "$out/stdout" | cut -d';' -f1)" "$jars" "$(sed -n 's/^slf4j backend: //p' "$out/stdout")"
}

check_host log4j2 org.apache.logging.slf4j.Log4jLoggerFactory '\[log4j2\] '
check_host logback ch.qos.logback.classic.LoggerContext '\[logback\] ' ch.qos.logback:logback-classic
check_host slf4j-simple org.slf4j.simple.SimpleLoggerFactory ''

echo "run-hosts: all three hosts passed in $((SECONDS - started)) s"
