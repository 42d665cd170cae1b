import { Dialog, DialogContent } from '@/components/ui/dialog';
import { LanguageSelect } from '@/components/ui/language-select';
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { useT } from '@/lib/i18n/use-t';

/** Language and time zone, in a modal (loaded on first open, with the dialog primitive). */
export default function SettingsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('app.settings.title')}>
        <div className="flex flex-col gap-4">
          <LanguageSelect className="justify-between" />
          <TimeZoneSelect />
        </div>
      </DialogContent>
    </Dialog>
  );
}
