#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the
# project's PublicAPI.Unshipped.txt. Review the diff before committing: it is the API change.
set -euo pipefail
project_dir=${1:-src/SlaEngine}
log=$(mktemp)
dotnet build "$project_dir" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
file="$project_dir/PublicAPI.Unshipped.txt"
{
  cat "$file"
  grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" || true
} | grep -v '^#nullable enable$' | sort -u > "$file.tmp"
{ echo '#nullable enable'; cat "$file.tmp"; } > "$file"
rm -f "$file.tmp" "$log"
echo "updated $file"
