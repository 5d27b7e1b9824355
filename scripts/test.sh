#!/usr/bin/env bash
# `npm test`: the static checks (`npm run lint`, `npm run typecheck`) and the
# engine's tests (Vitest: unit, integration, e2e) side by side rather than one
# after the other. The tests spend much of their time waiting on builds,
# browsers and dev servers and leave part of the two CI cores idle, which the
# static checks (one Node process each) fill. Vitest prints as it goes; the
# static checks' output is printed whole at the end. Fails when any fails.
set -uo pipefail
cd "$(dirname "$0")/.."
lint_log=$(mktemp)
typecheck_log=$(mktemp)
trap 'rm -f "$lint_log" "$typecheck_log"' EXIT

npm run lint >"$lint_log" 2>&1 &
lint_pid=$!
npm run typecheck >"$typecheck_log" 2>&1 &
typecheck_pid=$!
npx vitest run --project unit --project integration --project e2e "$@"
vitest_rc=$?
wait "$lint_pid"
lint_rc=$?
wait "$typecheck_pid"
typecheck_rc=$?

cat "$lint_log" "$typecheck_log"
[ "$lint_rc" -eq 0 ] || echo "test: npm run lint failed (exit $lint_rc)" >&2
[ "$typecheck_rc" -eq 0 ] || echo "test: npm run typecheck failed (exit $typecheck_rc)" >&2
[ "$vitest_rc" -eq 0 ] || echo "test: vitest failed (exit $vitest_rc)" >&2
[ "$lint_rc" -eq 0 ] && [ "$typecheck_rc" -eq 0 ] && [ "$vitest_rc" -eq 0 ]
