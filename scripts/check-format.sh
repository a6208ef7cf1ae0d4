#!/usr/bin/env bash
# Fails when a C++ file of ours is not formatted with the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ ${#files[@]} -eq 0 ]; then exit 0; fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/recado-format.log; then
  echo "check-format: these files need clang-format -i:" >&2
  grep -oE "^[^:]+\.(cpp|h):" /tmp/recado-format.log | sort -u >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
