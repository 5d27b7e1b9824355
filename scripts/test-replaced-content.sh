#!/usr/bin/env bash
# `npm run test:replaced-content`: proves that `npm test` guards the engine and
# not the example site. Copies this checkout (tracked and new files, not
# node_modules, which is hard-linked) to a scratch folder, replaces content/,
# planverk.config.ts and the coats of arms by another municipality's
# (tests/fixtures/other-municipality), and runs the test suite there.
#   npm run test:replaced-content            the unit, integration and e2e tests (~ npm test)
#   npm run test:replaced-content -- --fast  the unit and integration tests only (what CI
#                                            runs: the e2e tests build fixture projects
#                                            anyway, see tests/helpers/project.ts)
#   npm run test:replaced-content -- --full  the whole `npm test` (lint, typecheck too)
set -euo pipefail
cd "$(dirname "$0")/.."
fixture=tests/fixtures/other-municipality
scratch="$(mktemp -d "${TMPDIR:-/tmp}/planverk-replaced-content.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# Tracked and new files that exist (a file deleted in the work tree stays deleted).
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf - | tar -xf - -C "$scratch"
# Hard links are instant; across file systems, a link to the folder will do.
cp -al node_modules "$scratch/node_modules" 2>/dev/null || ln -s "$PWD/node_modules" "$scratch/node_modules"

rm -rf "$scratch/content" "$scratch/public/vapen"
cp -r "$fixture/content" "$scratch/content"
cp -r "$fixture/public/vapen" "$scratch/public/vapen"
# The fixture's config sits three folders down; at the root it imports ./src/….
sed "s#'\.\./\.\./\.\./src/#'./src/#" "$fixture/planverk.config.ts" >"$scratch/planverk.config.ts"

cd "$scratch"
echo "replaced-content: content/ and planverk.config.ts from $fixture, in $scratch"
case "${1:-}" in
  --full) npm test ;;
  --fast) npx vitest run --project unit --project integration ;;
  *) npx vitest run --project unit --project integration --project e2e ;;
esac
