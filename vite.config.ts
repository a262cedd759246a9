import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import manifest, { PANEL_PAGE, targetFromMode } from './manifest.config';
import { contentScriptBudget, contentScriptGzipBytes } from './src/cli/bench/content-script-size';

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
 * Prints the content script's gzipped size beside its budget after each
 * build: it is injected into every analysed page, so its size is watched.
 * (`npm run bench` fails when it is over; the build only reports.)
 */
function reportContentScriptSize(outDir: string): CrxPlugin {
  return {
    name: 'sourcelens:content-script-size',
    closeBundle() {
      const gzipBytes = contentScriptGzipBytes(outDir);
      if (gzipBytes === null) return;
      const budget = contentScriptBudget();
      const verdict = gzipBytes <= budget ? 'within' : 'OVER';
      console.log(`content script: ${gzipBytes} bytes gzipped, ${verdict} its budget of ${budget} (bench/budget.json)`);
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
    plugins: [preact(), crx({ manifest, browser: target }), exposeNothingToPages(), reportContentScriptSize(`dist/${target}`)],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Minified: the content script runs on every analysed page and has a size
      // budget (bench/budget.json); reviewers get the sources from the repository.
      minify: true,
      target: 'es2022',
      // Both browsers preload modules natively; the polyfill is the bundle's only fetch() call.
      modulePreload: { polyfill: false },
      // crxjs builds the pages the manifest names, but knows no Firefox `sidebar_action`: the panel is named here too.
      rollupOptions: { input: { panel: fileURLToPath(new URL(`./${PANEL_PAGE}`, import.meta.url)) } },
    },
  };
});
