import type { AuditEntry } from '../../contract/workspace';

/**
 * The audit log as CSV, safe to open in Excel: a UTF-8 BOM, every field quoted, and text that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return) prefixed with an apostrophe.
 */
const COLUMNS = ['time_utc', 'member', 'action', 'details', 'address'] as const;

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function auditCsvHeader(): string {
  return `\uFEFF${COLUMNS.join(',')}\r\n`;
}

export function auditCsvLine(entry: AuditEntry): string {
  const details = Object.entries(entry.detail)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');
  return `${[entry.at, entry.member_name ?? '', entry.action, details, entry.address].map(field).join(',')}\r\n`;
}
