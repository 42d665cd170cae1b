/**
 * Hands the file to the browser's own download manager through a plain same-origin link: the server
 * streams it straight to disk, and nothing of it passes through the page's memory, however large.
 */
export function startDownload(url: string, name: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}
