#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the
# project's PublicAPI.Unshipped.txt. Review the diff before committing: it is the API change.
#
# A symbol that only some of a multi-targeted project's frameworks have (declared under #if)
# goes to PublicAPI/<framework>/PublicAPI.Unshipped.txt instead, when that folder exists (the
# build reads it for that framework only; see eng/Library.targets); symbols every framework
# reports go to the shared list.
set -euo pipefail
project_dir=${1:-src/SlaEngine}
log=$(mktemp)
dotnet build "$project_dir" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true

# "<framework><TAB><symbol>" for each report; "-" when the build names no framework.
reports=$(grep -oP "RS0016: Symbol '.*' is not part of the declared public API.*" "$log" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API.*TargetFramework=([^]]+)\].*$/\2\t\1/; t; s/^RS0016: Symbol '(.*)' is not part of the declared public API.*$/-\t\1/" \
  | sort -u || true)
all_frameworks=$(dotnet msbuild "$project_dir" -getProperty:TargetFrameworks 2>/dev/null | tr ';' '\n' | grep -c . || true)
[ "$all_frameworks" -ge 1 ] || all_frameworks=1

append() { # file, symbols on stdin
  local file=$1
  { cat "$file"; cat; } | grep -v '^#nullable enable$' | grep -v '^$' | sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
  rm -f "$file.tmp"
  echo "updated $file"
}

shared="$project_dir/PublicAPI.Unshipped.txt"
if [ -z "$reports" ]; then
  append "$shared" </dev/null
else
  # A symbol reported by every framework (or by a build that names none) is shared.
  printf '%s\n' "$reports" | awk -F'\t' -v all="$all_frameworks" '
    { count[$2]++; fw[$2] = $1 }
    END { for (s in count) if (count[s] >= all || fw[s] == "-") print s }' | append "$shared"
  # The others go to their framework's list when it has one, else to the shared list.
  for fw in $(printf '%s\n' "$reports" | cut -f1 | sort -u); do
    [ "$fw" = "-" ] && continue
    own=$(printf '%s\n' "$reports" | awk -F'\t' -v all="$all_frameworks" -v fw="$fw" '
      { count[$2]++; if ($1 == fw) mine[$2] = 1 }
      END { for (s in mine) if (count[s] < all) print s }')
    [ -n "$own" ] || continue
    file="$project_dir/PublicAPI/$fw/PublicAPI.Unshipped.txt"
    [ -f "$file" ] || file=$shared
    printf '%s\n' "$own" | append "$file"
  done
fi
rm -f "$log"
