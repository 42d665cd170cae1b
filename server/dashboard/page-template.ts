import { createHash } from 'node:crypto';

const ROOT = '<div id="root"></div>';
const SCRIPT_TAGS = /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;
const URL_ATTRIBUTE = /\s(?:src|href)="([^"]+)"/;

/** JSON that is safe inside a <script> block (no `</script>` or HTML comment can be formed). */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
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

/**
 * Splits the built index.html around the root and moves the app's scripts out of the head.
 *
 * The server-rendered orders page must show its rows before anything else happens in the browser. Script
 * tags anywhere in the document (even at the end of the body) are found by the browser's preload scanner
 * and fetched before the document is parsed, and in a fresh renderer process those first module requests
 * cost ~10 ms ahead of the rows (bench:ui). So the head keeps only the stylesheet, and the end of the
 * body gets a small inline module (admitted by its CSP hash) that asks for the same chunks once the page
 * is parsed; module scripts run after parsing anyway, so hydration is not delayed in any useful sense.
 */
export function splitTemplate(html: string): PageTemplate | null {
  const at = html.indexOf(ROOT);
  if (at < 0) return null;
  const before = html.slice(0, at);
  const rest = html.slice(at + ROOT.length);
  const tags = before.match(SCRIPT_TAGS) ?? [];
  const entry = tags.find((tag) => tag.startsWith('<script'));
  const entryUrl = entry ? URL_ATTRIBUTE.exec(entry)?.[1] : undefined;
  if (!entryUrl) return { head: `${before}<div id="root">`, tail: rest, scriptHash: null };
  const preloads = tags.filter((tag) => tag !== entry).flatMap((tag) => URL_ATTRIBUTE.exec(tag)?.[1] ?? []);
  const code = loaderScript(entryUrl, [entryUrl, ...preloads]);
  const loader = `<script type="module">${code}</script>`;
  const end = rest.lastIndexOf('</body>');
  return {
    head: `${before.replace(SCRIPT_TAGS, '').replace(/\n\s*\n/g, '\n')}<div id="root">`,
    tail: end < 0 ? rest + loader : rest.slice(0, end) + loader + rest.slice(end),
    scriptHash: `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  };
}
