import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * `npm run build:widget`: the panel as one script registering <victim-services-panel>, in two
 * shapes: dist/widget/victim-services-panel.js (ES module) and .iife.js (a classic <script>).
 * The bundled content (rights scripts, checklists, national referrals, message files) is copied
 * beside it, so the widget makes no request outside the host's own origin.
 */
export default defineConfig({
  plugins: [
    preact(),
    {
      // Message files carry a description per string for translators; the widget needs only the text.
      name: 'strip-message-descriptions',
      enforce: 'pre',
      transform(code, id) {
        if (!/_locales[\\/][a-z-]+[\\/]messages\.json$/i.test(id)) return null;
        const messages = JSON.parse(code) as Record<string, { message: string }>;
        return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, { message: value.message }]))), map: null };
      },
    },
    {
      // zod keeps its config and registry on globalThis (to share them between copies of zod).
      // In a host page that is two globals we may not add, and a host's own zod `z.config()`
      // (say, another error locale) would change our validation messages. Keep them in the bundle.
      name: 'zod-without-globals',
      transform(code, id) {
        if (!/node_modules[\\/]zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/.test(id)) return null;
        return { code: `const __vspZodScope = {};\n${code.replace(/globalThis\b/g, '__vspZodScope')}`, map: null };
      },
    },
    {
      name: 'copy-widget-content',
      closeBundle() {
        const out = resolve(__dirname, 'dist/widget/content');
        mkdirSync(out, { recursive: true });
        cpSync(resolve(__dirname, 'public/content'), out, { recursive: true });
        cpSync(resolve(__dirname, 'public/_locales'), resolve(__dirname, 'dist/widget/_locales'), { recursive: true });
      },
    },
  ],
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    lib: {
      entry: resolve(__dirname, 'components/widget/index.ts'),
      name: 'VictimServicesPanel',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'victim-services-panel.js' : 'victim-services-panel.iife.js'),
    },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
