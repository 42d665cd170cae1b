/**
 * The bulk tables: a table on a wide screen, a card per row on a phone (first cell on the left, the rest
 * stacked beside it), with one markup for both, styled once on the table rather than on every cell.
 */
export const wrapClass = 'md:overflow-x-auto md:rounded-lg md:border md:border-line md:bg-surface';
export const tableClass = [
  'w-full text-sm max-md:block',
  '[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-medium md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:align-top',
].join(' ');
export const headClass = 'bg-subtle max-md:hidden';
export const bodyClass = [
  'max-md:grid max-md:gap-2 md:divide-y md:divide-line',
  'max-md:[&>tr]:grid max-md:[&>tr]:grid-cols-[3.5rem_1fr] max-md:[&>tr]:gap-x-2 max-md:[&>tr]:gap-y-1',
  'max-md:[&>tr]:rounded-lg max-md:[&>tr]:border max-md:[&>tr]:border-line max-md:[&>tr]:bg-surface max-md:[&>tr]:p-3',
  'max-md:[&_td:not(:first-child)]:col-start-2 max-md:[&_td:first-child]:row-span-4',
].join(' ');
/** A row's checkbox, before its first cell's text. */
export const box = 'mr-2 size-4 cursor-pointer align-[-2px] accent-accent';
