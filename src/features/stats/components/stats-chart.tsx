import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from '../shape';

/** Daily orders (bars) and TON spent (line). Loaded on demand: recharts is not in the first page's code. */
export default function StatsChart({ data }: { data: readonly ChartPoint[] }) {
  return (
    <figure className="h-72 w-full" data-testid="stats-chart" aria-label="Daily orders (bars) and TON spent (line)">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.3} />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} fontSize={12} />
          <YAxis yAxisId="orders" allowDecimals={false} fontSize={12} />
          <YAxis yAxisId="ton" orientation="right" fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="orders" dataKey="orders" name="Orders" fill="#2f80ed" isAnimationActive={false} />
          <Line yAxisId="ton" dataKey="spent_ton" name="TON spent" stroke="#f59e0b" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
