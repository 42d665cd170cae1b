import type { Order } from '@contract';
import { Link } from 'react-router';
import { useStatusLabel } from '@/lib/i18n/use-status-label';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

type Tone = 'info' | 'ok' | 'bad' | 'warn' | 'neutral';

const tones: Record<Tone, string> = {
  info: 'border-info/30 bg-info-soft text-info',
  ok: 'border-ok/30 bg-ok-soft text-ok',
  bad: 'border-bad/30 bg-bad-soft text-bad',
  warn: 'border-warn/30 bg-warn-soft text-warn',
  neutral: 'border-line bg-subtle text-ink',
};
const icons: Record<Tone, string> = { info: '●', ok: '✓', bad: '✕', warn: '!', neutral: '–' };

function useBannerText(order: Order, payable: boolean): { tone: Tone; text: string } {
  const t = useT();
  const f = useFormat();
  const statusLabel = useStatusLabel();
  const amount = t('common.ton', { amount: f.ton(order.price_ton) });
  switch (order.status) {
    case 'pending_payment':
      return payable
        ? { tone: 'info', text: t('order.banner.pending', { amount, time: f.dateTime(order.expires_at) }) }
        : { tone: 'warn', text: t('order.banner.windowClosed') };
    case 'paid':
    case 'processing':
      return { tone: 'info', text: t('order.banner.delivering') };
    case 'completed': {
      const what =
        order.order_type === 'premium' && order.premium_months != null
          ? t('common.months', { count: order.premium_months })
          : t('common.stars', { count: order.stars_amount ?? 0 });
      return { tone: 'ok', text: t('order.banner.completed', { what, recipient: order.recipient_username }) };
    }
    case 'failed':
      return { tone: 'bad', text: t('order.banner.failed', { amount }) };
    case 'refunded':
      return { tone: 'bad', text: t('order.banner.refunded', { amount }) };
    case 'expired':
      return { tone: 'warn', text: t('order.banner.expired') };
    case 'cancelled':
      return { tone: 'neutral', text: t('order.banner.cancelled') };
    default:
      return { tone: 'neutral', text: t('order.banner.other', { status: statusLabel(order.status) }) };
  }
}

/** The order's state in one sentence at the top of its page, in the state's colour (tokens pass contrast in both themes). */
export function OrderBanner({ order, payable }: { order: Order; payable: boolean }) {
  const t = useT();
  const { tone, text } = useBannerText(order, payable);
  return (
    <div role="status" data-testid="order-banner" className={`flex items-start gap-3 rounded-lg border px-4 py-3 ${tones[tone]}`}>
      <span aria-hidden="true" className="mt-0.5 font-bold leading-5">
        {icons[tone]}
      </span>
      <div className="space-y-1">
        <p className="font-medium">{text}</p>
        {order.status === 'refunded' && (
          <Link to="/balance?type=refund" className="text-sm underline">
            {t('order.banner.refundLink')}
          </Link>
        )}
      </div>
    </div>
  );
}
