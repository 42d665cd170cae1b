import type { Config } from 'tailwindcss';

/** Read through `@config` in src/styles.css (Tailwind 4). Dark mode follows the system setting. */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      colors: {
        brand: { 50: '#eef6ff', 500: '#2f80ed', 600: '#1f6fd8', 700: '#175bb5' },
      },
    },
  },
} satisfies Config;
