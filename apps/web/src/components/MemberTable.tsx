import type { OrganizationRecord, PlainDate, Standing } from '@turnus/core';
import { formatDate } from '../lib/dates';
import { nameLang, partyName } from '../lib/record-text';
import { Flag } from './Flag';
import { t } from '../i18n/messages';

const kindWord = (kind: string | undefined) => (kind === 'state' ? t('kindState') : kind === 'organization' ? t('kindOrganization') : t('kindOther'));

/** Members or observers on a day, with the date each joined (its standing since then). */
export function MemberTable({ record, standings, date, caption, id }: { record: OrganizationRecord; standings: readonly Standing[]; date: PlainDate; caption: string; id: string }) {
  return (
    <div class="table-scroll">
      <table id={id} class="member-table">
        <caption>
          {caption} ({standings.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('sinceCol')}</th>
          </tr>
        </thead>
        <tbody>
          {standings.length === 0 ? (
            <tr>
              <td colSpan={3}>{t('noneThisDay')}</td>
            </tr>
          ) : (
            standings.map((s) => {
              const party = record.parties.find((p) => p.id === s.party);
              return (
                <tr key={s.party}>
                  <th scope="row">
                    <Flag party={s.party} />
                    <span lang={nameLang(record, 'party', s.party)}>{partyName(record, s.party, date)}</span>
                  </th>
                  <td data-label={t('kind')}>{kindWord(party?.kind)}</td>
                  <td data-label={t('sinceCol')}>
                    <time dateTime={s.since}>{formatDate(s.since)}</time>
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
