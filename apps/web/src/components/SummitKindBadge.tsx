import type { Summit } from '@turnus/core';
import { summitKind } from '../lib/summits';
import { t } from '../i18n/messages';

const STATUS = { held: 'statusHeld', planned: 'statusPlanned', cancelled: 'statusCancelled', postponed: 'statusPostponed' } as const;

/** The kind of a summit (and its status when it was not held), told apart by text and shape. */
export function SummitKindBadge({ summit }: { summit: Summit }) {
  return (
    <>
      <span class={`badge badge-${summit.kind}`}>{summitKind(summit.kind)}</span>
      {summit.status !== 'held' ? <span class="badge badge-planned">{t(STATUS[summit.status])}</span> : null}
    </>
  );
}
