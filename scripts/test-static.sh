#!/usr/bin/env bash
# `npm test`'s static checks: `npm run lint` and `npm run typecheck` side by
# side rather than one after the other (each is one Node process that keeps
# about one core busy, and the CI machine has two). Each one's output is
# printed whole when both are done; fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
lint_log=$(mktemp)
typecheck_log=$(mktemp)
trap 'rm -f "$lint_log" "$typecheck_log"' EXIT

npm run lint >"$lint_log" 2>&1 &
lint_pid=$!
npm run typecheck >"$typecheck_log" 2>&1 &
typecheck_pid=$!
wait "$lint_pid"
lint_rc=$?
wait "$typecheck_pid"
typecheck_rc=$?

cat "$lint_log" "$typecheck_log"
[ "$lint_rc" -eq 0 ] || echo "test: npm run lint failed (exit $lint_rc)" >&2
[ "$typecheck_rc" -eq 0 ] || echo "test: npm run typecheck failed (exit $typecheck_rc)" >&2
[ "$lint_rc" -eq 0 ] && [ "$typecheck_rc" -eq 0 ]
