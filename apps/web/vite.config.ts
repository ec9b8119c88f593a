import preact from '@preact/preset-vite';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

// The core is bundled from its TypeScript source (the @turnus/source condition), so the browser
// runs exactly the rules in the repository, never a stale build of them.
export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false, devToolsEnabled: false, prefreshEnabled: false })],
  resolve: { conditions: ['@turnus/source', ...defaultClientConditions] },
  ssr: {
    resolve: { conditions: ['@turnus/source', ...defaultServerConditions], externalConditions: ['@turnus/source'] },
    // Bundle everything into the server entry: the prerender script then needs no resolution.
    noExternal: true,
  },
  build: {
    manifest: true,
    // The polyfill would be bundled into the entry; every browser we target supports modulepreload.
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
