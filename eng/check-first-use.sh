#!/usr/bin/env bash
# Checks what the first use of each built-in holiday calendar costs in counts that do not depend on the machine's speed:
# in one process, after a first calendar (France; it runs the library's warm-up of every rule form), each other built-in
# calendar's HolidayCalendars.Get(id) and first IsBusinessDay must
#   1. JIT-compile no method on the calling thread (a rule form or document shape the warm-up does not cover would
#      compile its code there, on a busy machine hundreds of microseconds of the 1 ms first-use budget), and
#   2. allocate under 100 KiB.
# Timings are printed by the same benchmark mode but not checked here (they belong to the benchmarks; see README,
# Performance). Needs the benchmarks project built in Release (the solution's Release test step builds it).
# Prints PASS or FAIL per check, then "first-use: N passed, N failed"; exits non-zero if any check fails.
set -uo pipefail
cd "$(dirname "$0")/.."

dll=benchmarks/SlaEngine.Benchmarks/bin/Release/net10.0/SlaEngine.Benchmarks.dll
if [ ! -f "$dll" ]; then
  dotnet build benchmarks/SlaEngine.Benchmarks -c Release -v quiet -nologo >/dev/null || { echo "FAIL  build the benchmarks"; exit 1; }
fi

out=$(dotnet "$dll" --world) || { echo "FAIL  dotnet $dll --world exited non-zero"; exit 1; }
echo "$out" | awk '
  $1 == "WORLD" && $3 == "us" && $13 == "jit_methods" {
    n++
    if ($14 != 0) { print "FAIL  " $2 ": " $14 " method(s) JIT-compiled on first use"; bad++ }
    if ($6 >= 100) { print "FAIL  " $2 ": " $6 " KiB allocated on first use"; bad++ }
    if ($6 > max) { max = $6; at = $2 }
  }
  END {
    if (n < 78) { print "FAIL  expected a line for each of at least 78 calendars, found " n; bad++ }
    else if (bad == 0) { printf "PASS  %d calendars: no method JIT-compiled on first use; at most %.1f KiB allocated (%s)\n", n, max, at }
    printf "first-use: %d passed, %d failed\n", (bad == 0 ? 1 : 0), bad
    exit (bad > 0 ? 1 : 0)
  }'
