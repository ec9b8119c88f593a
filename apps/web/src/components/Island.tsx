import type { ComponentChildren } from 'preact';

/**
 * Marks server-rendered markup that the browser hydrates: `entry-client` finds the element by
 * `data-island`, loads that island's module and hydrates it with the same props, read from
 * `data-props` (an attribute, so the page needs no inline script and the CSP can forbid them).
 * `record` is the address of the organization's record as JSON, which the island reads.
 */
export function Island({ name, props, record, flags = [], children }: { name: string; props: object; record?: string; flags?: readonly string[]; children: ComponentChildren }) {
  return (
    <div class="island" data-island={name} data-props={JSON.stringify(props)} data-record={record} data-flags={flags.join(' ')}>
      {children}
    </div>
  );
}
