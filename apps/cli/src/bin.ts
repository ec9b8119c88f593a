#!/usr/bin/env node
/**
 * dist/turnus.js, the `turnus` command: it runs the program, dist/turnus-main.js (built from
 * main.ts), through V8's code cache (see launch/cached-bundle.ts). This file is CommonJS, as is
 * all of dist (dist/package.json says so): Node starts a CommonJS file without its ES module
 * loader. `turnus --help` off a terminal is answered here, from the text the build saved.
 */
import { loadBundle } from './launch/cached-bundle';
import { printSavedHelp } from './launch/saved-help';

if (!printSavedHelp(process.argv, `${__dirname}/turnus-help.txt`)) loadBundle(`${__dirname}/turnus-main.js`, require);
