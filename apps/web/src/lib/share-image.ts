import { organizationName, stateOn, type OrganizationRecord, type PlainDate } from '@turnus/core';
import { formatDate } from './dates';
import { describeHolding } from '@turnus/core/describe';
import { officeName } from './record-text';

/** Text for an SVG document: the record's strings are escaped, never markup. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const MARK = '<g transform="translate(72 64) scale(2.5)"><rect width="32" height="32" rx="7" fill="#0a3069"/><path d="M16 5a11 11 0 1 1-10.4 7.4" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/><path d="M3 8.5l2.6 4 4.2-2.3" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/><circle cx="16" cy="16" r="3.2" fill="#f0883e"/></g>';

/**
 * The preview image of an organization for link previews (Open Graph, 1200 × 630), as SVG: its
 * name and who holds its offices on the build date. The prerender turns it into PNG.
 */
export function shareImageSvg(record: OrganizationRecord | undefined, today: PlainDate): string {
  const lines: string[] = [];
  let title = 'Who governs intergovernmental organizations, and until when';
  if (record) {
    const name = organizationName(record, today);
    title = name.abbreviation && name.abbreviation !== name.name ? `${name.name} (${name.abbreviation})` : name.name;
    const state = stateOn(record, today, { today });
    for (const office of record.offices) {
      const h = state.offices[office.id];
      if (!h || h.status === 'vacant') continue;
      // The core's headline, the same words as the overview, the home page and `turnus who`.
      lines.push(`${officeName(record, office.id)}: ${describeHolding(record, h, { lang: 'en', on: today }).headline}`);
      if (lines.length === 3) break;
    }
  } else {
    lines.push('Chairs, Secretaries-General, terms and rotations,', 'from sourced records, with projections by rule.');
  }
  // A long headline ("Secretary-General: Kubanychbek Omuraliev (Kyrgyzstan), presumed") is set
  // smaller rather than cut: its last words say how sure the answer is. 1,056 px of line, about
  // 0.55 em a character in DejaVu Sans.
  const size = (l: string) => Math.max(22, Math.min(40, Math.floor(1056 / (0.55 * l.length))));
  const body = lines
    .map((l, i) => `<text x="72" y="${352 + i * 64}" font-size="${size(l)}" fill="#1b1f24">${xml(clip(l, 87))}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Liberation Sans, Noto Sans, sans-serif">
<rect width="1200" height="630" fill="#f6f8fa"/><rect y="590" width="1200" height="40" fill="#0a3069"/>${MARK}
<text x="168" y="118" font-size="44" font-weight="700" fill="#0a3069">Turnus</text>
<text x="72" y="250" font-size="${title.length > 34 ? 52 : 64}" font-weight="700" fill="#1b1f24">${xml(clip(title, 44))}</text>
${body}
<text x="72" y="560" font-size="28" fill="#57606a">As of ${xml(formatDate(today))} · every fact with its sources</text>
</svg>`;
}
