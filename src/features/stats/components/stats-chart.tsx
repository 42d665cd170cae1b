import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { ChartPoint } from '../shape';
import { ChartTooltip } from './chart-tooltip';

const tick = { fill: 'var(--muted)', fontSize: 12 };
const axisLabel = { fill: 'var(--muted)', fontSize: 12 };

/**
 * Daily orders (bars, left axis) and TON spent (line, right axis); today's bar is paler: it is still growing.
 * Loaded on demand: recharts is not in the first page's code. Series colours are the `--chart-*` tokens,
 * which keep 3:1 against the surface in both themes.
 */
export default function StatsChart({ data }: { data: readonly ChartPoint[] }) {
  const t = useT();
  const f = useFormat();
  const label = t('stats.daily.chartLabel');
  return (
    <figure className="h-72 w-full" data-testid="stats-chart" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={[...data]} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} title={label}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} tick={tick} stroke="var(--line-strong)" />
          <YAxis
            yAxisId="orders"
            allowDecimals={false}
            tick={tick}
            stroke="var(--line-strong)"
            tickFormatter={(n: number) => f.integer(n)}
            label={{ ...axisLabel, value: t('stats.orders'), angle: -90, position: 'insideLeft' }}
          />
          <YAxis
            yAxisId="ton"
            orientation="right"
            tick={tick}
            stroke="var(--line-strong)"
            tickFormatter={(n: number) => f.ton(n)}
            label={{ ...axisLabel, value: 'TON', angle: 90, position: 'insideRight' }}
          />
          <Tooltip
            content={({ label: day }) => <ChartTooltip point={data.find((d) => d.date === day)} />}
            cursor={{ fill: 'var(--subtle)' }}
          />
          <Legend wrapperStyle={{ color: 'var(--ink)', fontSize: 12 }} />
          <Bar yAxisId="orders" dataKey="orders" name={t('stats.orders')} fill="var(--chart-1)" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.date} fillOpacity={d.partial ? 0.45 : 1} />
            ))}
          </Bar>
          <Line
            yAxisId="ton"
            dataKey="spent_ton"
            name={t('stats.spent')}
            stroke="var(--chart-2)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
