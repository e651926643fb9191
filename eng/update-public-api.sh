#!/usr/bin/env bash
# Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh src/ProdAI.Telemetry
set -euo pipefail
proj_dir="$1"
out=$(dotnet build "$proj_dir" -nologo 2>&1 || true)
echo "$out" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u > /tmp/rs0016.txt || true
if [ -s /tmp/rs0016.txt ]; then
  { cat "$proj_dir/PublicAPI.Unshipped.txt"; cat /tmp/rs0016.txt; } | grep -v '^#nullable enable$' | sort -u > /tmp/api.txt
  { echo '#nullable enable'; cat /tmp/api.txt; } > "$proj_dir/PublicAPI.Unshipped.txt"
  echo "added $(wc -l < /tmp/rs0016.txt) symbols to $proj_dir/PublicAPI.Unshipped.txt"
fi
echo "$out" | grep -E "error|warning CS|warning CA|warning IDE" | grep -v RS0016 | sort -u | head -40 || true
