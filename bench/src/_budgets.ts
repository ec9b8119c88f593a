// The budgets of issue 6, read from bench/results/latest.json. A ratio budget is judged on the
// median of the per-round ratios (contenders of one round ran side by side).
import type { Summary } from './_harness';

/** The shape of bench/results/latest.json that the budgets read (each section as its benchmark reports it). */
export interface Results {
  readonly date: string;
  readonly benchmarks: {
    readonly 'holder-on'?: { sizes: { periods: number; ratios: { holderOnOverBinarySearch: Summary } }[] };
    readonly projection?: { sizes: { periods: number; ratios: { projectColdOverRrule: Summary } }[] };
    readonly validation?: { sizes: { decisions: number; ms: Summary }[]; ratio100kOver10k: Summary };
    readonly bundle?: { query: { gzipBytes: number } };
    readonly cli?: { measurable?: false; ratioTurnusOverBare?: Summary };
    readonly web?: { measurable: boolean; firstLoad?: { totalGzipBytes: number } | null };
    readonly [name: string]: unknown;
  };
}

export interface Budget {
  readonly id: string;
  readonly what: string;
  readonly limit: number;
  /** `<=` or `<` the limit. */
  readonly strict: boolean;
  readonly unit: string;
  readonly value: (results: Results) => number | undefined;
}

const size = <T extends { periods?: number; decisions?: number }>(list: readonly T[] | undefined, n: number) => list?.find((s) => (s.periods ?? s.decisions) === n);

export const BUDGETS: readonly Budget[] = [
  {
    id: 'holder-on',
    what: 'holderOn at 100,000 periods: time per query ÷ bare binary search (median of rounds)',
    limit: 3,
    strict: false,
    unit: '×',
    value: (r) => size(r.benchmarks['holder-on']?.sizes, 100_000)?.ratios.holderOnOverBinarySearch.median,
  },
  {
    id: 'projection',
    what: 'project 100,000 weekly periods with roster changes ÷ rrule.js all() of 100,000 monthly dates (median of rounds)',
    limit: 1,
    strict: false,
    unit: '×',
    value: (r) => size(r.benchmarks.projection?.sizes, 100_000)?.ratios.projectColdOverRrule.median,
  },
  {
    id: 'validation-time',
    what: 'validate a record of 100,000 decisions (median of rounds)',
    limit: 1000,
    strict: true,
    unit: 'ms',
    value: (r) => size(r.benchmarks.validation?.sizes, 100_000)?.ms.median,
  },
  {
    id: 'validation-ratio',
    what: 'validation time at 100,000 ÷ at 10,000 decisions (median of rounds)',
    limit: 12,
    strict: true,
    unit: '×',
    value: (r) => r.benchmarks.validation?.ratio100kOver10k.median,
  },
  {
    id: 'query-bundle',
    what: "@turnus/core's query entry, minified + gzip",
    limit: 8 * 1024,
    strict: false,
    unit: 'B',
    value: (r) => r.benchmarks.bundle?.query.gzipBytes,
  },
  {
    id: 'cli',
    what: 'turnus who chair ÷ node -e 0 (median of rounds of 30 runs)',
    limit: 1.5,
    strict: false,
    unit: '×',
    value: (r) => r.benchmarks.cli?.ratioTurnusOverBare?.median,
  },
  {
    id: 'web',
    what: "the overview's first-load JavaScript (entry + its static graph + the islands it hydrates at once), gzip",
    limit: 80 * 1024,
    strict: false,
    unit: 'B',
    value: (r) => r.benchmarks.web?.firstLoad?.totalGzipBytes,
  },
];

export type Verdict = { readonly budget: Budget; readonly value: number | undefined; readonly pass: boolean };

export function judge(results: Results): Verdict[] {
  return BUDGETS.map((budget) => {
    const value = budget.value(results);
    const pass = value !== undefined && (budget.strict ? value < budget.limit : value <= budget.limit);
    return { budget, value, pass };
  });
}
