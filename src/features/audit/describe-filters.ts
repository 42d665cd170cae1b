/**
 * An export's filters as the log stores them (a JSON object or a query string) in one short line:
 * `status paid, from 2026-04-01`. Empty when there were none; anything else unreadable, as sent.
 */
export function describeFilters(raw: string): string {
  const text = raw.trim();
  let pairs: [string, unknown][];
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return text;
      pairs = Object.entries(parsed);
    } catch {
      return text;
    }
  } else if (text.includes('=')) {
    pairs = [...new URLSearchParams(text)];
  } else {
    return text;
  }
  return pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name.replace(/_/g, ' ')} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}
