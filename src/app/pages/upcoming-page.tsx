function Upcoming({ title }: { title: string }) {
  return (
    <div>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">This page is not available yet.</p>
    </div>
  );
}
export const NewOrderRoute = () => <Upcoming title="New order" />;
export const OrderRoute = () => <Upcoming title="Order" />;
export const StatsRoute = () => <Upcoming title="Stats" />;
export const BalanceRoute = () => <Upcoming title="Balance" />;
