#!/usr/bin/env bash
# Checks every tracked Swift file against .swift-format with the toolchain's `swift format`,
# except the paths listed in .swiftformatignore. Fails on any finding; `scripts/lint.sh --fix`
# rewrites the files instead.
set -euo pipefail
cd "$(dirname "$0")/.."
excludes=()
if [[ -f .swiftformatignore ]]; then
    while IFS= read -r line; do
        [[ -z "$line" || "$line" == \#* ]] && continue
        excludes+=(":(exclude)$line")
    done < .swiftformatignore
fi
files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(git ls-files -z -- '*.swift' "${excludes[@]}")
if [[ "${1:-}" == "--fix" ]]; then
    swift format format --in-place --parallel "${files[@]}"
else
    swift format lint --strict --parallel "${files[@]}"
fi
