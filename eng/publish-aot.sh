#!/usr/bin/env bash
# Publishes samples/AotDueDate with NativeAOT (linux-x64) and checks that SlaEngine is trim- and AOT-safe:
#   1. the publish succeeds and prints no trimming/AOT warning (IL2xxx, IL3xxx; they are errors too, as
#      TreatWarningsAsErrors is on, and the log is searched for them explicitly);
#   2. the native binary reads a JSON SLA policy and prints a due date;
#   3. the due date is the one the same program prints on the JIT (dotnet AotDueDate.dll).
# Needs the ILCompiler package (restored from the package registry) and a C toolchain: clang, or gcc, which
# the NativeAOT targets fall back to (every machine of the project's kind has gcc). On a machine with neither, it
# installs gcc from Debian's packages when it runs as root with apt-get (as CI does), and fails otherwise.
# Prints PASS or FAIL per check, then "aot: N passed, N failed"; exits non-zero if any check fails.
#
#   bash eng/publish-aot.sh [policy.json] [created instant] [priority] [metric]
set -uo pipefail
cd "$(dirname "$0")/.."

args=("${1:-samples/Policies/001-pro.json}" "${2:-2026-11-25T21:30:00Z}" "${3:-High}" "${4:-FirstResponse}")
rid=linux-x64
project=samples/AotDueDate
out=artifacts/aot/$rid
log=artifacts/aot/publish.log
passed=0
failed=0
fail() { echo "FAIL  $*"; failed=$((failed + 1)); }
pass() { echo "PASS  $*"; passed=$((passed + 1)); }
finish() { echo "aot: $passed passed, $failed failed"; exit $(( failed > 0 ? 1 : 0 )); }

have_toolchain() { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; }
if ! have_toolchain && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "publish-aot: no C toolchain; installing gcc (apt-get install gcc libc6-dev)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev >/dev/null
fi
if ! have_toolchain; then
  fail "a C toolchain for the native link: neither clang nor gcc is installed (apt-get install -y gcc, or clang)"
  finish
fi
if [ ! -f "${args[0]}" ]; then
  fail "policy file ${args[0]} exists"
  finish
fi

rm -rf "$out" "$project/obj/Release/net10.0/$rid/native"   # so the IL compiler runs and reports afresh
mkdir -p "$out"
start=$(date +%s)
echo "publish-aot: dotnet publish $project -c Release -r $rid"
dotnet publish "$project" -c Release -r "$rid" -o "$out" >"$log" 2>&1
status=$?
seconds=$(( $(date +%s) - start ))

warnings=$(grep -E '(warning|error) IL[23][0-9]{3}' "$log" | sed -e 's/^ *//' -e 's/ \[[^]]*\]$//' | sort -u)
if [ -n "$warnings" ]; then
  fail "no trimming/AOT warnings (IL2xxx/IL3xxx):"
  echo "$warnings" | sed 's/^/      /'
elif [ $status -eq 0 ]; then
  pass "no trimming/AOT warnings (IL2xxx/IL3xxx)"
fi
if [ $status -ne 0 ]; then
  grep -E ': (error|warning) ' "$log" | sed 's/ \[[^]]*\]$//' | sort -u | head -40
  tail -5 "$log"
  fail "dotnet publish -r $rid with PublishAot (log: $log)"
  finish
fi
binary="$out/AotDueDate"
pass "dotnet publish -r $rid with PublishAot (${seconds}s; native binary $(( $(stat -c %s "$binary") / 1024 )) KiB)"

native=$("$binary" "${args[@]}" 2>&1)
native_status=$?
echo "$native" | sed 's/^/      /'
if [ $native_status -eq 0 ] && echo "$native" | grep -qE '^due +[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z '; then
  pass "the native binary prints a due date"
else
  fail "the native binary prints a due date (exit $native_status)"
fi

jit=$(dotnet "$project/bin/Release/net10.0/$rid/AotDueDate.dll" "${args[@]}" 2>&1)
if [ "$jit" = "$native" ]; then
  pass "the native binary prints what the JIT build prints"
else
  fail "the native binary prints what the JIT build prints; JIT:"
  echo "$jit" | sed 's/^/      /'
fi

echo "publish-aot: $(( $(date +%s) - start ))s in all"
finish
