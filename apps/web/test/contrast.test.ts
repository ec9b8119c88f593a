// WCAG AA contrast (4.5:1 for the timeline's 12 px labels) of every label on its bar, in the light
// and the dark scheme, from the stylesheet's own colour variables.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'styles.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = variables(/:root\s*{([^}]*)}/.exec(css)![1]!);
const dark = { ...light, ...variables(/@media \(prefers-color-scheme: dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Each label colour and the fill it is drawn on (see the .tl-* rules of styles.css). */
const PAIRS: [label: string, text: string, fill: string][] = [
  ['recorded period', 'recorded-text', 'recorded'],
  ['projected period', 'projected-text', 'projected'],
  ['observer', 'observer-text', 'observer'],
  ['member', 'member-text', 'member'],
  ['suspended', 'bg', 'muted'],
  ['axis years and row labels', 'fg', 'bg'],
  ['muted text', 'muted', 'bg'],
  ['links', 'link', 'bg'],
];

describe('timeline label contrast', () => {
  for (const [scheme, vars] of [['light', light], ['dark', dark]] as const) {
    for (const [what, text, fill] of PAIRS) {
      it(`${what} reaches 4.5:1 in ${scheme}`, () => {
        expect(contrast(vars[text]!, vars[fill]!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
