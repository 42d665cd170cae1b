import { type FormEvent, useId, useState } from 'react';
import type { AuditFilters } from '@/api/audit';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { readDay } from '@/lib/read-day';
import { useFormat } from '@/lib/use-format';
import { hasAuditFilters } from '../list-params';
import { DayInput } from './day-input';
import { ActionSelect, PersonSelect } from './filter-selects';

type Values = Pick<AuditFilters, 'member' | 'action' | 'from' | 'to'>;

/**
 * Who, what and which days, applied together (the page remakes this form from the URL after every change).
 * A day that is not a day, or a range given backwards, stays in its box with its error; the URL is untouched.
 */
export function AuditFilterForm({ value, onChange }: { value: Values; onChange: (next: Values) => void }) {
  const t = useT();
  const f = useFormat();
  const hintId = useId();
  const [draft, setDraft] = useState({ ...value, from: value.from ?? '', to: value.to ?? '' });
  const [problem, setProblem] = useState<'from' | 'to' | 'range'>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const from = readDay(draft.from);
    const to = readDay(draft.to);
    const wrong = from === null ? 'from' : to === null ? 'to' : from && to && from > to ? 'range' : undefined;
    setProblem(wrong);
    if (!wrong && from !== null && to !== null) onChange({ member: draft.member, action: draft.action, from, to });
  };
  const dayError = (which: 'from' | 'to') =>
    problem === which
      ? t('audit.filters.dayInvalid')
      : problem === 'range' && which === 'to'
        ? t('audit.filters.rangeInvalid')
        : undefined;
  return (
    <form noValidate onSubmit={submit} aria-label={t('audit.filters.form')} className="flex flex-wrap items-start gap-3">
      <PersonSelect value={draft.member} onChange={(member) => setDraft({ ...draft, member })} />
      <ActionSelect value={draft.action} onChange={(action) => setDraft({ ...draft, action })} />
      {(['from', 'to'] as const).map((which) => (
        <DayInput
          key={which}
          label={t(which === 'from' ? 'audit.filters.from' : 'audit.filters.to')}
          value={draft[which]}
          onChange={(text) => setDraft({ ...draft, [which]: text })}
          hintId={hintId}
          error={dayError(which)}
        />
      ))}
      <div className="flex gap-2 sm:mt-6">
        <Button type="submit">{t('audit.filters.apply')}</Button>
        {hasAuditFilters(value) && (
          <Button variant="ghost" onClick={() => onChange({})}>
            {t('audit.filters.clear')}
          </Button>
        )}
      </div>
      <p id={hintId} className="w-full text-xs text-muted">
        {t('audit.filters.zoneHint', { zone: f.timeZone })}
      </p>
    </form>
  );
}
