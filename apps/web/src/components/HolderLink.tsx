import { type OrganizationRecord, type Tenure } from '@turnus/core';
import { paths } from '../lib/paths';
import { nameLang, partyName } from '../lib/record-text';
import { t } from '../i18n/messages';
import { Flag } from './Flag';
import { personName } from '../lib/record-text';

/** A tenure's holder: a person (linked to their page, with their nationality) or a party. */
export function HolderLink({ record, tenure, date }: { record: OrganizationRecord; tenure: Tenure; date: string }) {
  const { person, party } = tenure.holder;
  if (person) {
    return (
      <>
        <a href={paths.person(record.organization.id, person)} lang={nameLang(record, 'person', person)}>
          {personName(record, person)}
        </a>
        {party ? <span class="muted"> ({partyName(record, party, date)})</span> : null}
      </>
    );
  }
  return party ? (
    <>
      <Flag party={party} size="large" />
      <span lang={nameLang(record, 'party', party)}>{partyName(record, party, date)}</span>
    </>
  ) : (
    <>{t('holderUnknown')}</>
  );
}
