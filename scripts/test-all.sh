#!/usr/bin/env bash
# `npm test` (and CI, through .ci/run): installs what a clean machine lacks, then lint, type-check,
# unit and component tests (in three time zones), build, and browser tests on the
# built app. Ends with one line "N passed, N failed" (totals of all suites).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports

log() { printf '\n=== %s ===\n' "$*"; }
passed=0
failed=0
steps_failed=()

add_counts() { # $1 = passed, $2 = failed
  passed=$((passed + ${1:-0}))
  failed=$((failed + ${2:-0}))
}

# Debian's Chromium for the browser tests (never a downloaded browser).
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  log "installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ]; then
  log "npm ci"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

run_step() { # name, command...
  local name=$1
  shift
  log "$name"
  if "$@"; then
    add_counts 1 0
  else
    add_counts 0 1
    steps_failed+=("$name")
  fi
}

run_step "lint" npx eslint .
run_step "format" npx prettier --check .
run_step "type-check" npx tsc -b

# Vitest: unit tests in three time zones, component tests once; counted from JSON reports.
vitest_zone() { # zone, report, args...
  local zone=$1 report=$2
  shift 2
  log "vitest ($zone) $*"
  TZ=$zone npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  local rc=$?
  if [ -f "$report" ]; then
    read -r p f < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0));
    ' "$report")
    add_counts "$p" "$f"
    if [ "$rc" != 0 ] && [ "${f:-0}" = 0 ]; then add_counts 0 1; steps_failed+=("vitest $zone"); fi
    if [ "${p:-0}" = 0 ] && [ "${f:-0}" = 0 ]; then add_counts 0 1; steps_failed+=("vitest $zone ran no test"); fi
  else
    add_counts 0 1
    steps_failed+=("vitest $zone (no report)")
  fi
  [ "$rc" = 0 ] || steps_failed+=("vitest $zone")
}
vitest_zone UTC reports/unit-utc.json --project unit
# The far zones leave out the files in which no date is read, shown or computed: the lint
# rules (ESLint on fixtures), the story-link codec (bytes), label placement (geometry) and
# the build's helpers (stylesheets).
ZONE_FREE_UNIT=(--exclude 'tests/unit/lint/**' --exclude 'tests/unit/share/storyLink.test.ts' --exclude 'tests/unit/labels/**' --exclude 'tests/unit/build/**')
vitest_zone Pacific/Honolulu reports/unit-honolulu.json --project unit "${ZONE_FREE_UNIT[@]}"
vitest_zone Pacific/Kiritimati reports/unit-kiritimati.json --project unit "${ZONE_FREE_UNIT[@]}"
vitest_zone UTC reports/component.json --project component

run_step "build" npx vite build
run_step "first-view bundle size" node scripts/check-bundle.mjs

if [ -d dist ]; then
  # UTC runs every browser test, the far zones those that can depend on the zone
  # (playwright.config.ts: tests titled @zone-independent run in UTC only).
  log "browser tests (Playwright, Debian Chromium, built app, three time zones)"
  CI=${CI:-true} npx playwright test
  rc=$?
  if [ -f reports/e2e.json ]; then
    read -r p f < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const s = r.stats || {};
      // A flaky test (failed, then passed on a retry) counts as a failure.
      console.log(s.expected || 0, (s.unexpected || 0) + (s.flaky || 0));
    ' reports/e2e.json)
    add_counts "$p" "$f"
    if [ "$rc" != 0 ] && [ "${f:-0}" = 0 ]; then add_counts 0 1; fi
  else
    add_counts 0 1
  fi
  [ "$rc" = 0 ] || steps_failed+=("browser tests")
else
  add_counts 0 1
  steps_failed+=("browser tests (no build)")
fi

if [ ${#steps_failed[@]} -gt 0 ]; then
  printf '\nFailed: %s\n' "${steps_failed[*]}"
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" = 0 ] && [ ${#steps_failed[@]} = 0 ]
