/** The names a record file has inside a record folder, in the order they are looked for. */
export const RECORD_FILE_NAMES = ['record.yaml', 'record.yml', 'record.json'] as const;
