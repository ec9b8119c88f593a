/**
 * Commander's test for an option that takes several values (`--office <id...>`), without its
 * regular expression: `/\p{ID_Continue}\.\.\.[>\]]$/u` makes V8 build the Unicode set
 * ID_Continue from ICU the first time an option is defined, some 0.4 ms of every start. The
 * build puts this function in its place (tsup.config.ts); the expression is still used for the
 * rare flag whose last letter is not ASCII.
 */
export function isVariadicFlags(flags: string): boolean {
  if (!flags.endsWith('...>') && !flags.endsWith('...]')) return false;
  const before = flags.slice(0, -4);
  if (before === '') return false;
  const last = before.charCodeAt(before.length - 1);
  if (last < 0x80) return (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a) || last === 0x5f;
  return /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags);
}
