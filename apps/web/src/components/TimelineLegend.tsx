import { t, type Messages } from '../i18n/messages';
import { formatDate } from '../lib/dates';

const LEGEND: [style: string, shape: 'bar' | 'uncertain' | 'presumed' | 'circle' | 'diamond', label: keyof Messages][] = [
  ['tl-recorded', 'bar', 'lgRecorded'],
  ['tl-projected', 'bar', 'lgProjected'],
  ['tl-recorded', 'uncertain', 'lgUncertain'],
  ['tl-recorded', 'presumed', 'lgPresumed'],
  ['tl-member', 'bar', 'lgMember'],
  ['tl-observer', 'bar', 'lgObserver'],
  ['tl-ordinary', 'circle', 'lgOrdinary'],
  ['tl-informal', 'circle', 'lgInformal'],
  ['tl-extraordinary', 'diamond', 'lgExtraordinary'],
  ['tl-ordinary tl-planned', 'circle', 'lgPlanned'],
];

/**
 * What the timeline's shapes and fills mean; the shapes differ, not only the colours. Static: no
 * script needed. With the record's knowledge horizon, the dotted line that marks it.
 */
export function TimelineLegend({ horizon }: { horizon?: string | undefined } = {}) {
  return (
    <ul class="tl-legend" aria-label={t('tlLegend')}>
      {LEGEND.map(([style, shape, label]) => (
        <li key={label}>
          <svg width="28" height="18" aria-hidden="true">
            <defs>
              <pattern id={`lg-hatch-${label}`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect width="3" height="6" class="tl-hatch-stroke" />
              </pattern>
            </defs>
            <g class={`tl-item ${style}`}>
              {shape === 'bar' || shape === 'uncertain' || shape === 'presumed' ? <rect y="2" width="28" height="14" rx="3" class="tl-bar" /> : null}
              {shape === 'uncertain' ? <rect y="2" width="28" height="14" rx="3" class="tl-uncertain" fill={`url(#lg-hatch-${label})`} /> : null}
              {shape === 'presumed' ? <rect y="2" width="28" height="14" rx="3" class="tl-presumed" /> : null}
              {shape === 'circle' ? <circle cx="14" cy="9" r="6.5" class="tl-mark" /> : null}
              {shape === 'diamond' ? <path d="M 14 1 L 22 9 L 14 17 L 6 9 Z" class="tl-mark" /> : null}
            </g>
          </svg>
          {t(label) as string}
        </li>
      ))}
      {horizon ? (
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <g class="tl-horizon">
              <line x1="14" x2="14" y1="1" y2="17" />
            </g>
          </svg>
          {t('lgHorizon')(formatDate(horizon))}
        </li>
      ) : null}
    </ul>
  );
}
