import type { Config } from 'tailwindcss';

/**
 * Read through `@config` in src/styles.css (Tailwind 4). Dark mode follows the system setting; the colour
 * names are the design tokens defined in styles.css for both themes.
 */
const token = (name: string) => `var(--${name})`;

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      colors: {
        brand: { 50: '#eef6ff', 500: '#2f80ed', 600: '#1f6fd8', 700: '#175bb5' },
        canvas: token('canvas'),
        surface: token('surface'),
        subtle: token('subtle'),
        line: token('line'),
        'line-strong': token('line-strong'),
        ink: token('ink'),
        muted: token('muted'),
        accent: token('accent'),
        'accent-strong': token('accent-strong'),
        'accent-soft': token('accent-soft'),
        'on-accent': token('on-accent'),
        ok: token('ok'),
        'ok-soft': token('ok-soft'),
        warn: token('warn'),
        'warn-soft': token('warn-soft'),
        bad: token('bad'),
        'bad-soft': token('bad-soft'),
        info: token('info'),
        'info-soft': token('info-soft'),
      },
    },
  },
} satisfies Config;
