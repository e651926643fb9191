#!/usr/bin/env bash
# Retrains the prompt-injection models with the training tool and compares them byte for byte with the committed ones.
# The whole-text and gate models read the rules and the normaliser as features, so a change to either needs the models
# retrained: this script says which committed files the tool no longer writes, and exits 1 if any.
# Usage: eng/check-guardrails-models.sh [DATASETS_DIR]   (default: ../shared/datasets; about 30 s of training)
set -euo pipefail
cd "$(dirname "$0")/.."
datasets="${1:-../shared/datasets}"
out="$(mktemp -d)"
dotnet build -c Release tools/ProdAI.Guardrails.Training -v q -nologo >/dev/null
dotnet run -c Release --no-build --project tools/ProdAI.Guardrails.Training -- \
  train --datasets "$datasets" --out "$out" --model "$out/injection-model.bin" >"$out/train.log"
status=0
for committed in src/ProdAI.Guardrails/PromptInjection/Model/*.bin; do
  name="$(basename "$committed")"
  if cmp -s "$committed" "$out/$name"; then
    echo "same:    $name"
  else
    echo "differs: $name (the tool now writes $out/$name)"
    status=1
  fi
done
grep -E "threshold" "$out/train.log" | head -5
if [ $status -eq 0 ]; then rm -rf "$out"; else echo "the retrained models and the training log are kept in $out"; fi
exit $status
