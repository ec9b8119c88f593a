/**
 * English alphabetical order of names (Kazakhstan before Kyrgyzstan, Türkiye before
 * Turkmenistan): `Intl.Collator('en')`'s order, the one stateOn uses by default. Making the first
 * collator of a process costs as much as the rest of `turnus state` (ICU loads its collation
 * data: some 70 M instructions, 7-10 ms), so the build ranks the names of each embedded record
 * with it once ({@link nameRanks}, dist/name-order/<org>.json) and `state` compares ranks; a
 * name the build did not see (a record given with --data) is compared by a collator, made then.
 * Ranks agree with the collator on the names they rank, so the two together are one order.
 */

/** Every text under a `names` key of a record (parties, offices, the organization, renames), in any language. */
function namesIn(value: unknown, underNames: boolean, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (underNames) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) namesIn(item, underNames, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) namesIn(item, underNames || key === 'names', into);
  }
  return into;
}

/**
 * The rank of each name of a record in English alphabetical order (names the collator holds
 * equal share a rank). Run by the build, for dist/name-order/<org>.json.
 * @example nameRanks({ parties: [{ names: { en: { name: 'Türkiye' } } }, { names: { en: { name: 'Turkmenistan' } } }] }) // { Türkiye: 0, Turkmenistan: 1 }
 */
export function nameRanks(record: unknown): Record<string, number> {
  const collator = new Intl.Collator('en');
  const sorted = [...namesIn(record, false, new Set())].sort(collator.compare);
  const ranks: Record<string, number> = {};
  sorted.forEach((name, i) => {
    const before = sorted[i - 1];
    ranks[name] = before !== undefined && collator.compare(before, name) === 0 ? ranks[before]! : i;
  });
  return ranks;
}

/**
 * Compares two names in English alphabetical order: by their ranks when both have one, else by
 * `Intl.Collator('en')`.
 * @example ['Uzbekistan', 'Türkiye', 'Turkmenistan'].sort(englishNameOrder(undefined)) // ['Türkiye', 'Turkmenistan', 'Uzbekistan']
 */
export function englishNameOrder(ranks: ReadonlyMap<string, number> | undefined): (a: string, b: string) => number {
  let collator: Intl.Collator | undefined;
  return (a, b) => {
    const x = ranks?.get(a);
    const y = ranks?.get(b);
    if (x !== undefined && y !== undefined) return x - y;
    return (collator ??= new Intl.Collator('en')).compare(a, b);
  };
}
