/** The partner's time zone setting: follow the browser's zone, or one chosen zone (UTC included). */
export type ZoneChoice = { kind: 'browser' } | { kind: 'fixed'; zone: string };

export const UTC = 'UTC';

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : UTC;
}

/**
 * The cookie's form (read by the server so its first render shows the same times): `browser:<zone>` (the
 * zone the browser reported last) or `fixed:<zone>`.
 */
export function serializeZoneChoice(choice: ZoneChoice, browserZone: string): string {
  return choice.kind === 'fixed' ? `fixed:${choice.zone}` : `browser:${browserZone}`;
}

export function parseZoneCookie(raw: string | undefined): { choice: ZoneChoice; zone: string } | null {
  if (!raw) return null;
  const at = raw.indexOf(':');
  const kind = raw.slice(0, at);
  const zone = raw.slice(at + 1);
  if (!isTimeZone(zone)) return null;
  if (kind === 'fixed') return { choice: { kind: 'fixed', zone }, zone };
  if (kind === 'browser') return { choice: { kind: 'browser' }, zone };
  return null;
}

/** Every zone the runtime knows, UTC first; the list the setting offers. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [UTC, ...zones.filter((zone) => zone !== UTC)];
}
