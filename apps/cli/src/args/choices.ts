/**
 * The fixed values some options take. They live here, apart from the modules that use them,
 * so that --help, completion and validation share one list without loading those modules.
 */
export const EXPORT_FORMATS = ['ics', 'csv', 'json', 'popolo'] as const;
export const SUMMIT_KINDS = ['ordinary', 'informal', 'extraordinary'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SHELLS = ['bash', 'zsh'] as const;

/** What `turnus record` does, for the list of commands (its sub-commands are defined only when needed). */
export const RECORD_DESCRIPTION = 'record a decision in a record file (--data): checks the whole record first, then writes atomically under a lock';
