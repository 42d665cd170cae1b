/** Clicks a temporary same-origin link: the browser's own download manager takes the file. */
function clickLink(url: string, name: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves `blob` (a small file built in the page, e.g. a template) as `name`. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  clickLink(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Hands a file the server writes to the browser's download manager through a plain link: it streams
 * straight to disk, and nothing of it passes through the page's memory, however large.
 */
export function startDownload(url: string, name: string) {
  clickLink(url, name);
}
