import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import manifest, { targetFromMode } from './manifest.config';

/** The content script's entry, built as one IIFE for `scripting.executeScript`. */
const CONTENT_SCRIPT_ENTRY = fileURLToPath(new URL('./extension/content/page-script.ts', import.meta.url));

/**
 * The content script is injected with `scripting.executeScript`, which needs
 * no web-accessible resource; crxjs lists it as one anyway (crxjs issue
 * #1130), which would let any page probe for the extension. We expose nothing.
 * crxjs also leaves an unreferenced ES-module build of the script in
 * `assets/` (its docs say so); it is dropped to keep the package lean.
 */
function exposeNothingToPages(): CrxPlugin {
  return {
    name: 'sourcelens:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(rendered) {
      delete rendered.web_accessible_resources;
      return rendered;
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId === CONTENT_SCRIPT_ENTRY) delete bundle[fileName];
      }
    },
  };
}

/**
 * The extension build. `--mode chrome` (the default) writes `dist/chrome`,
 * `--mode firefox` writes `dist/firefox`; `npm run build` runs both.
 */
export default defineConfig(({ mode }) => {
  const target = targetFromMode(mode);
  return {
    plugins: [preact(), crx({ manifest, browser: target }), exposeNothingToPages()],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Readable bundles: store reviewers read them, and the code is small.
      minify: false,
      target: 'es2022',
      // Both browsers preload modules natively; the polyfill is the bundle's only fetch() call.
      modulePreload: { polyfill: false },
    },
  };
});
