import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// What every page runs on besides the libraries: the contract's core (what `@contract` exports), the API
// plumbing, translations and preferences.
const coreContract = [
  ...readFileSync(new URL('./contract/index.ts', import.meta.url), 'utf8').matchAll(/from '\.\/([a-z-]+)'/g),
].map((match) => match[1]);
const CORE = [
  new RegExp(`[\\\\/]contract[\\\\/](index|${coreContract.join('|')})\\.ts$`),
  /[\\/]src[\\/]lib[\\/](i18n|preferences)[\\/][a-z-]+\.tsx?$/,
  /[\\/]src[\\/](lib[\\/]api-[a-z]+|api[\\/]request)\.ts$/,
];

const dashboardServer = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // `@contract` is the shared core every page needs; `@contract/<module>` reaches a part only some pages load.
    alias: [
      { find: /^@contract$/, replacement: fileURLToPath(new URL('./contract/index.ts', import.meta.url)) },
      { find: /^@contract\/(.*)$/, replacement: fileURLToPath(new URL('./contract/$1', import.meta.url)) },
      { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Two chunks every page loads besides its own: the libraries (changes only when they are upgraded, so a
        // release leaves it in the browser's cache) and the app's core (above). Left to itself the bundler spread
        // them over seven small shared chunks, which compress worse: first-render JS 122.4 → 121.2 kB gz (bench:ui).
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|zod|@lingui)[\\/]/ },
            { name: 'core', test: (id: string) => CORE.some((pattern) => pattern.test(id)) },
          ],
        },
      },
    },
  },
  // `npm run dev` serves the UI with hot reload; API calls go to a running dashboard server (`npm run serve`).
  // The dashboard answers only for its own host and origin, so the dev proxy presents itself as that origin.
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(
      ['/api', '/session', '/workspace', '/sandbox'].map((path) => [
        path,
        { target: dashboardServer, changeOrigin: true, headers: { origin: dashboardServer } },
      ]),
    ),
  },
});
