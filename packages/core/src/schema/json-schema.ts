import { z } from 'zod';
import { OrganizationRecord } from './record';

/**
 * The JSON Schema (draft 2020-12) of a record file, generated from the zod schema so the two
 * never disagree. Editors use it to complete and check the YAML.
 */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OrganizationRecord, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    $id: 'https://turnus.dev/schema/record.schema.json',
    title: 'Turnus organization record',
  };
}
