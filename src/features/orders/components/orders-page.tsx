import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { useUrlState } from '@/lib/url-state';
import type { ExportScope } from '../export-scope';
import { filtersOf, type OrderListParams, parseListParams, toSearch } from '../list-params';
import { recipientOf } from '../search-target';
import { OrderFilters } from './order-filters';
import { OrderSearch } from './order-search';
import { OrdersHeading } from './orders-heading';
import { OrderList } from './orders-list';
import { PickableOrders, type PickedOrders } from './pickable-orders';
import { SearchResults } from './search-results';

/**
 * `canCreate`: the member's role may create orders (the New order link shows); `renderExport`: the export
 * button, when allowed; `renderPay`: the bar that pays the picked orders, for roles that pay (rows get checkboxes).
 */
export function OrdersPage({
  canCreate,
  renderExport,
  renderPay,
}: {
  canCreate: boolean;
  renderExport?: (scope: ExportScope) => ReactNode;
  renderPay?: (picked: PickedOrders) => ReactNode;
}) {
  const t = useT();
  const { timeZone } = usePreferences();
  const parse = useCallback((search: URLSearchParams) => parseListParams(search, timeZone), [timeZone]);
  const [params, setParams] = useUrlState(parse, toSearch);
  const update = (next: Partial<OrderListParams>) => setParams({ ...params, page: 1, ...next });
  const filters = filtersOf(params);
  const clearFilters = () => setParams({ page: 1, pageSize: params.pageSize });
  // A recipient search is the list filtered by that recipient (any other filter gives way to it); the box
  // shows the recipient filter as `@name`, so clearing the box clears that filter too.
  const search = (q: string | undefined) => {
    const recipient = recipientOf(q);
    if (recipient) setParams({ page: 1, pageSize: params.pageSize, recipient });
    else update({ q, recipient: q ? params.recipient : undefined });
  };

  return (
    <section className="space-y-4">
      <PickableOrders renderPay={renderPay}>
        <OrdersHeading canCreate={canCreate} />
        <OrderSearch value={params.q ?? (params.recipient ? `@${params.recipient}` : undefined)} onSearch={search} />
        {!params.q && params.recipient && (
          <button
            type="button"
            className="text-sm text-accent underline underline-offset-2"
            onClick={() => search(`"${params.recipient}"`)}
          >
            {t('orders.search.asReference', { reference: params.recipient })}
          </button>
        )}
        {params.q ? (
          <SearchResults q={params.q} renderExport={renderExport} />
        ) : (
          <>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <OrderFilters value={filters} onChange={(next) => setParams({ page: 1, pageSize: params.pageSize, ...next })} />
              {renderExport?.({ filters })}
            </div>
            <OrderList
              params={params}
              onPage={(page) => update({ page })}
              onPageSize={(pageSize) => update({ pageSize })}
              onClearFilters={clearFilters}
              canCreate={canCreate}
            />
          </>
        )}
      </PickableOrders>
    </section>
  );
}
