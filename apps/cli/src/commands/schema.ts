import { recordJsonSchema } from '@turnus/core/schema';

/** `turnus schema`: the JSON Schema of a record file (draft 2020-12), generated from the zod schema. */
export function schemaText(): string {
  return JSON.stringify(recordJsonSchema(), null, 2) + '\n';
}
