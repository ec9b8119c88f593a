// "Today" for the build, read once at the edge: TURNUS_TODAY (YYYY-MM-DD) when set, for
// reproducible builds and tests; otherwise the build machine's local calendar date.
export function buildToday(env = process.env, now = new Date()) {
  const forced = env.TURNUS_TODAY;
  if (forced !== undefined && forced !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(forced)) throw new Error(`TURNUS_TODAY must be written YYYY-MM-DD, got "${forced}"`);
    return forced;
  }
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
