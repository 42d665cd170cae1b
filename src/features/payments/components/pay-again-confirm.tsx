import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '@/components/ui/dialog';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

interface PayAgainConfirmProps {
  open: boolean;
  sentTime: string;
  onPay: () => void;
  onCancel: () => void;
}

/** A modal asked before a second payment of the same order: the first may still be on its way. */
export function PayAgainConfirm({ open, sentTime, onPay, onCancel }: PayAgainConfirmProps) {
  const t = useT();
  const f = useFormat();
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onCancel())}>
      <DialogContent
        title={t('payments.payAgain.title')}
        description={t('payments.payAgain.body', { time: f.dateTime(sentTime) })}
      >
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{t('payments.payAgain.cancel')}</Button>
          </DialogClose>
          <Button variant="danger" onClick={onPay}>
            {t('payments.payAgain.confirm')}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
