/**
 * `import.meta.url` in the CommonJS bundles (tsup.config.ts defines it as this): the URL of the
 * bundle file, whose path the launcher passes as `__filename`. (Made by a call, so that esbuild
 * leaves it out of the files that do not use it.)
 */
const moduleUrl = (): string => process.getBuiltinModule('node:url').pathToFileURL(__filename).href;

export const __turnusModuleUrl = /* @__PURE__ */ moduleUrl();
