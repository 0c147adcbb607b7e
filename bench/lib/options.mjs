/** Command-line options of `npm run bench` and the time estimates it prints. Pure. */
import { resolve } from 'node:path';

export class UsageError extends Error {}

export const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
export const DEFAULT_TL_SIZES = [1_000, 5_000];
const NAMED_PARTS = ['story', 'record', 'import', 'timelinejs', 'editing'];

/**
 * Seconds one run of a part takes on a quiet 2-core machine (measured, rounded up): the
 * plan printed at the start multiplies them by the runs. A loaded machine takes longer.
 */
const ESTIMATES = {
  build: 60,
  story: 12,
  record: 15,
  1000: 12,
  5000: 14,
  10000: 15,
  100000: 35,
  1000000: 90,
  'tl-1000': 30,
  'tl-5000': 75,
  import: 45,
  editing: 25,
};

export function estimateSeconds(label) {
  if (label in ESTIMATES) return ESTIMATES[label];
  const n = Number(label);
  return Number.isFinite(n) ? Math.max(12, Math.round(12 + n / 10_000)) : 30;
}

/** 75 → "1m15s"; 9.4 → "9s". */
export function formatDuration(seconds) {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(s % 60).padStart(2, '0')}s`;
}

function sizeList(value, option) {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/_/g, ''))
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${option}: not a size: ${s}`);
      return n;
    });
}

function positiveInt(value, option) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${option} takes a positive integer`);
  return n;
}

/** argv (without node and the script) → options; throws UsageError on a bad one. */
export function parseArgs(argv, { dist, port, root = '.' } = {}) {
  const opts = {
    runs: 3,
    sizes: DEFAULT_SIZES,
    tlSizes: DEFAULT_TL_SIZES,
    steps: 3,
    importRuns: 1,
    story: true,
    record: true,
    import: true,
    timelinejs: true,
    editing: true,
    build: true,
    strict: false,
    profile: false,
    trace: false,
    headed: false,
    markdown: false,
    help: false,
    seed: 1,
    dist,
    port,
    loadNote: null,
  };
  let sizesGiven = false;
  let only = null;
  for (const arg of argv) {
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? undefined : arg.slice(eq + 1);
    switch (key) {
      case '--runs':
        opts.runs = positiveInt(value, '--runs');
        break;
      case '--sizes':
        opts.sizes = sizeList(value, '--sizes');
        sizesGiven = true;
        break;
      case '--tl-sizes':
        opts.tlSizes = sizeList(value, '--tl-sizes');
        break;
      case '--steps':
        opts.steps = positiveInt(value, '--steps');
        break;
      case '--import-runs':
        opts.importRuns = positiveInt(value, '--import-runs');
        break;
      case '--only':
        only = (value ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (only.length === 0)
          throw new UsageError('--only takes a list, e.g. --only=record,story');
        for (const part of only) {
          if (!NAMED_PARTS.includes(part) && !/^[\d_]+$/.test(part))
            throw new UsageError(
              `--only: unknown part ${part} (${NAMED_PARTS.join(', ')} or a size)`,
            );
        }
        break;
      case '--no-story':
      case '--no-record':
      case '--no-import':
      case '--no-timelinejs':
      case '--no-editing':
        opts[key.slice(5)] = false;
        break;
      case '--no-build':
        opts.build = false;
        break;
      case '--strict':
        opts.strict = true;
        break;
      case '--profile':
        opts.profile = true;
        break;
      case '--trace':
        opts.trace = true;
        break;
      case '--markdown':
        opts.markdown = true;
        break;
      case '--headed':
        opts.headed = true;
        break;
      case '--note':
        opts.loadNote = value ?? null;
        break;
      case '--dist':
        if (!value) throw new UsageError('--dist takes a folder');
        opts.dist = resolve(root, value);
        break;
      case '--port':
        opts.port = positiveInt(value, '--port');
        break;
      case '--seed':
        opts.seed = Number(value);
        if (!Number.isInteger(opts.seed)) throw new UsageError('--seed takes an integer');
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg} (try --help)`);
    }
  }
  if (only) {
    for (const part of NAMED_PARTS) opts[part] = opts[part] && only.includes(part);
    const sizes = only.filter((p) => /^[\d_]+$/.test(p)).map((p) => Number(p.replace(/_/g, '')));
    if (!sizesGiven) opts.sizes = sizes; // an explicit --sizes wins
  }
  return opts;
}
