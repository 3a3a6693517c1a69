import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite';

/**
 * `npm run build:widget` runs this twice into dist/widget/:
 *  - `--mode app`: the panel itself (Preact, stores, classifier, UI) as one ES module,
 *    victim-services-panel-app.js, fetched by the element when it first connects;
 *  - `--mode entry`: the small script host pages load on every screen, in two shapes:
 *    victim-services-panel.js (ES module) and .iife.js (a classic <script>). It registers
 *    <victim-services-panel> and the `VictimServicesPanel.mount` namespace, nothing else.
 * The bundled content (rights scripts, checklists, national referrals, message files) is copied
 * beside them, so the widget makes no request outside the folder it was published in.
 */
// zod keeps its config and registry on globalThis (to share them between copies of zod).
// In a host page that is two globals we may not add, and a host's own zod `z.config()`
// (say, another error locale) would change our validation messages. Keep them in the bundle.
const zodWithoutGlobals: Plugin = {
  name: 'zod-without-globals',
  transform(code, id) {
    if (!/node_modules[\\/]zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/.test(id)) return null;
    return { code: `const __vspZodScope = {};\n${code.replace(/globalThis\b/g, '__vspZodScope')}`, map: null };
  },
};

// Vite's library mode leaves ES output unminified (to keep pure annotations for re-bundling); the
// widget's files are served to browsers as they are, so minify them.
const minifyEsOutput: Plugin = {
  name: 'minify-es-output',
  // generateBundle, not renderChunk: Vite's own library-mode pass runs in renderChunk after ours.
  async generateBundle(options, bundle) {
    if (options.format !== 'es') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = (await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
    }
  },
};

/**
 * The message files as the widget fetches them: without the translators' descriptions, each under
 * its plain name (what content-base hosts and the handout ask for) and under a content-hashed name
 * that the entry knows, so a page load with a panel can take them from the HTTP cache unasked.
 */
function messageFiles(): { lang: string; text: string; hashed: string }[] {
  return readdirSync(resolve(__dirname, 'public/_locales')).map((lang) => {
    const messages = JSON.parse(readFileSync(resolve(__dirname, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const text = JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, { message: value.message }])));
    return { lang, text, hashed: `_locales/${lang}/messages.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json` };
  });
}

const copyContent = (messages: ReturnType<typeof messageFiles>): Plugin => ({
  name: 'copy-widget-content',
  closeBundle() {
    const out = resolve(__dirname, 'dist/widget/content');
    mkdirSync(out, { recursive: true });
    cpSync(resolve(__dirname, 'public/content'), out, { recursive: true });
    for (const { lang, text, hashed } of messages) {
      mkdirSync(resolve(__dirname, 'dist/widget/_locales', lang), { recursive: true });
      writeFileSync(resolve(__dirname, 'dist/widget/_locales', lang, 'messages.json'), text);
      writeFileSync(resolve(__dirname, 'dist/widget', hashed), text);
    }
  },
});

/**
 * The app's hashed main chunk, read from the app build's stub (`export … from "./chunks/app-….js"`):
 * the entry imports it directly, which saves a round trip, and the hash pins entry and app to one
 * release, so a cached app from an older release can never meet a newer entry.
 */
function appChunk(): string {
  const stub = readFileSync(resolve(__dirname, 'dist/widget/victim-services-panel-app.js'), 'utf8');
  const chunk = /from\s*["']\.\/(chunks\/[\w.-]+\.js)["']/.exec(stub)?.[1];
  if (!chunk) throw new Error('dist/widget/victim-services-panel-app.js does not import a chunk: run the app build (--mode app) first');
  return chunk;
}

export default defineConfig(({ mode }) => {
  const app = mode === 'app';
  const messages = app ? [] : messageFiles();
  return {
    plugins: app ? [preact(), zodWithoutGlobals, minifyEsOutput] : [minifyEsOutput, copyContent(messages)],
    publicDir: false,
    // The entry imports the chunk by its real export names, so they are kept (minifyInternalExports).
    define: app
      ? {}
      : {
          __VSP_APP_CHUNK__: JSON.stringify(appChunk()),
          __VSP_MESSAGE_FILES__: JSON.stringify(Object.fromEntries(messages.map(({ lang, hashed }) => [lang, hashed]))),
        },
    // The entry loads the app from beside itself at run time instead of bundling it.
    resolve: app ? {} : { alias: [{ find: /^\.\/load-app$/, replacement: resolve(__dirname, 'components/widget/load-app.remote.ts') }] },
    build: {
      outDir: 'dist/widget',
      emptyOutDir: app,
      target: 'es2022',
      minify: 'esbuild',
      lib: app
        ? { entry: resolve(__dirname, 'components/widget/app.tsx'), formats: ['es'], fileName: () => 'victim-services-panel-app.js' }
        : {
            entry: resolve(__dirname, 'components/widget/index.ts'),
            name: 'VictimServicesPanel',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'victim-services-panel.js' : 'victim-services-panel.iife.js'),
          },
      // The app may split: its lazy parts (page reader, directory sync, QR code) load from chunks/
      // beside it, hashed, and only when used. The entry stays one file per format.
      rollupOptions: { output: app ? { chunkFileNames: 'chunks/[name]-[hash].js', minifyInternalExports: false } : { inlineDynamicImports: true } },
    },
  };
});
