import type { Summit } from '@turnus/core';
import { summitKind } from '../lib/summits';

/** The kind of a summit (and its status when it was not held), told apart by text and shape. */
export function SummitKindBadge({ summit }: { summit: Summit }) {
  return (
    <>
      <span class={`badge badge-${summit.kind}`}>{summitKind(summit.kind)}</span>
      {summit.status !== 'held' ? <span class="badge badge-planned">{summit.status}</span> : null}
    </>
  );
}
