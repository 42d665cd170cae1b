import { type BulkJobStatus, type BulkRowState, bulkJobStatuses, bulkRowStates } from '@contract/bulk';

export const isJobStatus = (status: string): status is BulkJobStatus => (bulkJobStatuses as readonly string[]).includes(status);
export const isRowState = (state: string): state is BulkRowState => (bulkRowStates as readonly string[]).includes(state);

export const jobTone: Record<string, string> = {
  running: 'bg-info-soft text-info',
  paused: 'bg-warn-soft text-warn',
  cancelled: 'bg-subtle text-muted',
  completed: 'bg-ok-soft text-ok',
};
export const rowTone: Record<string, string> = {
  pending: 'text-muted',
  done: 'text-ok',
  failed: 'text-bad',
  cancelled: 'text-muted',
};

/** Whole percent of a job's rows that are settled (done, failed or cancelled), for the progress bar. */
export function settledPercent(progress: { total: number; remaining: number }): number {
  if (progress.total <= 0) return 100;
  return Math.floor(((progress.total - progress.remaining) / progress.total) * 100);
}

/** Time left as a clock, the way the order page counts down: "4:05", "1:02:09". */
export function etaClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(whole % 60)}` : `${minutes}:${two(whole % 60)}`;
}
