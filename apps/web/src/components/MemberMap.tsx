import { partyDisplayName, type OrganizationRecord, type PlainDate, type Standing } from '@turnus/core';
import { partyName } from '../lib/record-text';
import { memberMap } from '../lib/world-map';
import { t } from '../i18n/messages';

/**
 * The members and observers on a map, drawn at build time (no script), with its text
 * alternative: the lists in words, and what the map could not draw.
 */
export function MemberMap({ record, members, observers, date }: { record: OrganizationRecord; members: readonly Standing[]; observers: readonly Standing[]; date: PlainDate }) {
  const states = (list: readonly Standing[], status: 'member' | 'observer') =>
    list.filter((s) => record.parties.find((p) => p.id === s.party)?.kind !== 'organization').map((s) => ({ party: s.party, name: partyDisplayName(record, s.party, date, 'en'), label: partyName(record, s.party, date), status }));
  const parties = [...states(members, 'member'), ...states(observers, 'observer')];
  if (parties.length === 0) return null;
  const map = memberMap(parties);
  const org = record.organization.id;
  const names = (status: 'member' | 'observer') => parties.filter((p) => p.status === status).map((p) => p.label);
  const description = t('mapDesc')(names('member').join(', '), names('observer').join(', '), map.missing.join(', '));
  return (
    <figure class="member-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby={`map-${org}-title map-${org}-desc`} class="map-svg">
        <title id={`map-${org}-title`}>{t('mapTitle')}</title>
        <desc id={`map-${org}-desc`}>{description}</desc>
        {map.shapes.map((s) => (
          <path key={s.name} d={s.d} class={s.status ? `map-${s.status}` : 'map-other'}>
            {s.status ? <title>{`${parties.find((p) => p.party === s.party)?.label ?? s.name}: ${s.status === 'member' ? t('mapMembers') : t('mapObservers')}`}</title> : null}
          </path>
        ))}
      </svg>
      <figcaption class="small">
        <span class="map-key map-key-member" aria-hidden="true" /> {t('mapMembers')}
        {names('observer').length > 0 ? (
          <>
            {' '}
            <span class="map-key map-key-observer" aria-hidden="true" /> {t('mapObservers')}
          </>
        ) : null}
        {map.missing.length > 0 ? <span class="muted"> · {t('mapMissing')} {map.missing.join(', ')}</span> : null}
      </figcaption>
    </figure>
  );
}
