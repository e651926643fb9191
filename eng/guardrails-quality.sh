#!/usr/bin/env bash
# Rebuilds the guardrails test splits from ../shared/datasets and runs the quality harness on each source.
# Usage: eng/guardrails-quality.sh [DATASETS_DIR]   (default: ../shared/datasets)
set -euo pipefail
cd "$(dirname "$0")/.."
datasets="${1:-../shared/datasets}"
dotnet build -c Release tools/ProdAI.Guardrails.Training -v q -nologo >/dev/null
dotnet build -c Release benchmarks/ProdAI.Quality -v q -nologo >/dev/null
dotnet run -c Release --no-build --project tools/ProdAI.Guardrails.Training -- split --datasets "$datasets" --out artifacts/guardrails
dotnet run -c Release --no-build --project tools/ProdAI.Guardrails.Training -- pii-data --datasets "$datasets" --out artifacts/guardrails
grep -v '"mode":"document"' artifacts/guardrails/injection-test/all-public.jsonl > artifacts/guardrails/injection-test/all-public-prompts.jsonl
for f in artifacts/guardrails/injection-test/*.jsonl; do
  echo "injection $(basename "$f" .jsonl): $(dotnet run -c Release --no-build --project benchmarks/ProdAI.Quality -- injection --data "$f" | tail -1)"
done
echo "pii test: $(dotnet run -c Release --no-build --project benchmarks/ProdAI.Quality -- pii --data artifacts/guardrails/pii-test.jsonl | tail -1)"
