import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

const ROOT = '<div id="root"></div>';

/** JSON that is safe inside a <script> block (no `</script>` or HTML comment can be formed). */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A non-executable JSON block (allowed by the CSP), read by the app with `getElementById(id)`. */
export function jsonBlock(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${scriptSafeJson(value)}</script>`;
}

/** The parts of Vite's build manifest (`build.manifest`) the page needs. */
const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.optional(z.array(z.string())), css: z.optional(z.array(z.string())) }),
);
export type BuildManifest = z.infer<typeof manifestSchema>;

/** What the built app's entry (`index.html`'s script) loads before it runs, as site-absolute URLs. */
export interface EntryAssets {
  entry: string;
  /** Every chunk the entry imports statically, directly or not. */
  imports: string[];
  /** The stylesheets of the entry and of those chunks. */
  css: string[];
}

export function entryAssets(manifest: BuildManifest): EntryAssets | null {
  const entry = manifest['index.html'];
  if (!entry) return null;
  const imports = new Set<string>();
  const css = new Set(entry.css);
  const visit = (names: readonly string[] = []) => {
    for (const name of names) {
      const chunk = manifest[name];
      if (!chunk || chunk === entry || imports.has(chunk.file)) continue;
      imports.add(chunk.file);
      for (const sheet of chunk.css ?? []) css.add(sheet);
      visit(chunk.imports);
    }
  };
  visit(entry.imports);
  const url = (file: string) => `/${file}`;
  return { entry: url(entry.file), imports: [...imports].map(url), css: [...css].map(url) };
}

/** The built index.html around its root, for pages the server renders itself. */
export interface PageTemplate {
  /** Everything up to and including `<div id="root">`: sent before the page is rendered. */
  head: string;
  /** What follows the root's content (the caller closes the root), the app's loader included. */
  tail: string;
  /** CSP source admitting the loader (`'sha256-…'`), or null when the build has no entry script. */
  scriptHash: string | null;
}

/**
 * An inline module that preloads the app's chunks (the entry too: preload links, unlike a bare import(),
 * hold the document's load event until they arrive) and imports its entry.
 */
function loaderScript(entry: string, preloads: readonly string[]): string {
  return (
    `for(const href of ${scriptSafeJson(preloads)}){const link=document.createElement('link');` +
    `link.rel='modulepreload';link.href=href;document.head.append(link)}import(${scriptSafeJson(entry)});`
  );
}

/** Removes the tag Vite wrote into index.html for `url` (a `<script src>` or a `<link href>`). */
function withoutTagFor(html: string, url: string): string {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`[ \\t]*<(?:script|link)\\b[^>]*\\s(?:src|href)="${escaped}"[^>]*>(?:</script>)?\\n?`), '');
}

/**
 * Splits the built index.html around the root and moves the app's scripts out of the head; which tags are
 * the app's, and what its entry loads, comes from Vite's build manifest (`assets`; null: leave the page as built).
 *
 * The server-rendered orders page must show its rows before anything else happens in the browser. Script
 * tags anywhere in the document (even at the end of the body) are found by the browser's preload scanner
 * and fetched before the document is parsed, and in a fresh renderer process those first module requests
 * cost ~10 ms ahead of the rows (bench:ui). So the head keeps only the stylesheets, and the end of the
 * body gets a small inline module (admitted by its CSP hash) that asks for the same chunks once the page
 * is parsed; module scripts run after parsing anyway, so hydration is not delayed in any useful sense.
 */
export function splitTemplate(html: string, assets: EntryAssets | null): PageTemplate | null {
  const at = html.indexOf(ROOT);
  if (at < 0) return null;
  let before = html.slice(0, at);
  const rest = html.slice(at + ROOT.length);
  if (!assets) return { head: `${before}<div id="root">`, tail: rest, scriptHash: null };
  for (const url of [assets.entry, ...assets.imports, ...assets.css]) before = withoutTagFor(before, url);
  const sheets = assets.css.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`).join('');
  const headEnd = before.lastIndexOf('</head>');
  if (headEnd >= 0) before = before.slice(0, headEnd) + sheets + before.slice(headEnd);
  const code = loaderScript(assets.entry, [assets.entry, ...assets.imports]);
  const loader = `<script type="module">${code}</script>`;
  const end = rest.lastIndexOf('</body>');
  return {
    head: `${before}<div id="root">`,
    tail: end < 0 ? rest + loader : rest.slice(0, end) + loader + rest.slice(end),
    scriptHash: `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  };
}

/** The page template of the build in `staticDir`, or null when it has no index.html with a root. */
export function readPageTemplate(staticDir: string): PageTemplate | null {
  const indexFile = join(staticDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const manifestFile = join(staticDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestFile) ? manifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8'))) : null;
  return splitTemplate(readFileSync(indexFile, 'utf8'), manifest?.success ? entryAssets(manifest.data) : null);
}
