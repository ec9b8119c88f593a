/**
 * Sourced records of intergovernmental organizations, validated at build time and shipped as
 * JSON, ready for the queries of `@turnus/core`.
 * @example
 * import { ots } from '@turnus/data';
 * import { holderOn } from '@turnus/core';
 * holderOn(ots, 'secretary-general', '2022-12-01');
 */
export * from '../generated/index';
