/**
 * Flags, from the flag-icons package (maintained SVG flags, 4:3). The prerender copies the flags
 * the records need into dist/flags/ and tells the renderer which exist (`setAvailableFlags`); a
 * party has a flag when its id is an ISO 3166 code (or EU, UN…) that the package draws.
 */
let available: ReadonlySet<string> = new Set();

/** The flag codes that exist (lower case), set once by the prerender or from an island's props. */
export function setAvailableFlags(codes: Iterable<string>): void {
  available = new Set(codes);
}

/** Which of `parties` have a flag, as their codes (for an island's props). */
export function flagsOf(parties: Iterable<string>): string[] {
  return [...new Set([...parties].map((p) => p.toLowerCase()).filter((c) => available.has(c)))];
}

/** The address of a party's flag, or `undefined` when there is none. */
export function flagUrl(party: string | null | undefined): string | undefined {
  if (!party) return undefined;
  const code = party.toLowerCase();
  return available.has(code) ? `/flags/${code}.svg` : undefined;
}

/** Adds flag codes known to exist (an island's props: the flags of its organization's parties). */
export function addAvailableFlags(codes: Iterable<string>): void {
  available = new Set([...available, ...codes]);
}
