#!/usr/bin/env bash
# Retrains the prompt-injection models with the training tool and compares them byte for byte with the committed ones.
# The whole-text and gate models read the rules and the normaliser as features, so a change to either needs the models
# retrained: this script says which committed files the tool no longer writes.
# Exit code: 0 when every model is what the tool writes, 1 when one differs (the retrained files are kept and named),
# 2 when the check could not run (no data sets, a build or training failure).
# Usage: eng/check-guardrails-models.sh [DATASETS_DIR]   (default: ../shared/datasets from the repository root;
#        a relative path is read from the current directory; about 30 s of training)
set -uo pipefail
if [ $# -ge 1 ]; then
  datasets="$(realpath -m "$1")"
fi
cd "$(dirname "$0")/.."
datasets="${datasets:-$(realpath -m ../shared/datasets)}"
if [ ! -d "$datasets/guardrails" ]; then
  echo "no guardrails data sets in $datasets"
  exit 2
fi

out="$(mktemp -d)"
if ! dotnet build -c Release tools/ProdAI.Guardrails.Training -v q -nologo >"$out/build.log" 2>&1; then
  tail -20 "$out/build.log"
  echo "the training tool did not build; the log is $out/build.log"
  exit 2
fi
if ! dotnet run -c Release --no-build --project tools/ProdAI.Guardrails.Training -- \
  train --datasets "$datasets" --out "$out" --model "$out/injection-model.bin" >"$out/train.log" 2>&1; then
  tail -5 "$out/train.log"
  echo "training failed; the log is $out/train.log"
  exit 2
fi

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
grep -E "threshold" "$out/train.log" | head -5 || true
if [ $status -eq 0 ]; then rm -rf "$out"; else echo "the retrained models and the training log are kept in $out"; fi
exit $status
