import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Every HTML file in pages/ is an entry: adding a page is adding its file (and its route in Web/Pages/PageEndpoints.cs).
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pages = readdirSync(here('./pages')).filter((name) => name.endsWith('.html'));

const base = '/app/';

// What every page's <head> has, added here once: a page's HTML file holds only its title and its script.
const sharedHead: Plugin = {
  name: 'frontdesk-shared-head',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'icon', href: `${base}favicon.svg`, type: 'image/svg+xml' }, injectTo: 'head' },
  ],
};

export default defineConfig({
  root: here('.'),
  base,
  plugins: [sharedHead],
  build: {
    outDir: here('../wwwroot/app'),
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(pages.map((name) => [name.replace(/\.html$/, ''), here(`./pages/${name}`)])) },
  },
  // `npm run dev` serves the pages with hot reload and sends the engine's own routes to `dotnet run --project Web`.
  server: {
    proxy: {
      '/api': 'http://localhost:5080',
      '/hubs': { target: 'http://localhost:5080', ws: true },
    },
  },
  test: { include: ['test/**/*.test.ts'] },
});
