export default function Route() {
  return (
    <div>
      <h1 className="text-xl font-semibold">Balance</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">This page is not available yet.</p>
    </div>
  );
}
