import { flagUrl } from '../lib/flags';

/**
 * A party's flag, next to its name (so it is decorative: empty alt). Nothing for a party without
 * one (an international organization, a territory the flag package does not draw).
 */
export function Flag({ party, size = 'small' }: { party: string | null | undefined; size?: 'small' | 'large' }) {
  const src = flagUrl(party);
  if (!src) return null;
  const [w, h] = size === 'large' ? [32, 24] : [20, 15];
  return <img class={`flag flag-${size}`} src={src} alt="" width={w} height={h} decoding="async" />;
}
