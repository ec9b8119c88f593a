import { config } from 'zod';

// Zod compiles a fast parser for each object schema with `new Function` on its first parse:
// worth it for a server parsing many documents, not for a command that parses one record (the
// compiled code is never in V8's code cache either). Set before any schema is made.
config({ jitless: true });
