import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = fileURLToPath(new URL('./boundaries-fixture', import.meta.url));

const reportSchema = z.object({
  summary: z.object({
    violations: z.array(z.object({ from: z.string(), to: z.string(), rule: z.object({ name: z.string() }) })),
  }),
});

/** Runs the project's real boundary check (same config as `npm run lint:boundaries`) on a tree. */
function violations(cwd: string, paths: string[]): string[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`,
        ...paths,
        '--config',
        `${root}.dependency-cruiser.cjs`,
        '--output-type',
        'json',
      ],
      { cwd, encoding: 'utf8' },
    );
  } catch (error) {
    // The checker exits non-zero when it finds violations; its report is still on stdout.
    output = z.object({ stdout: z.string() }).parse(error).stdout;
  }
  return reportSchema
    .parse(JSON.parse(output))
    .summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)
    .sort();
}

describe('architecture boundaries', () => {
  it('reports each planted violation of the fixture tree, and nothing that is allowed', { timeout: 30_000 }, () => {
    expect(violations(fixture, ['src', 'server'])).toEqual([
      'no-circular: src/lib/cycle-one.ts -> src/lib/cycle-two.ts',
      'no-cross-feature: src/features/a/a.ts -> src/features/b/b.ts',
      'no-cross-feature: src/features/c/c.ts -> src/features/b/b.ts',
      'server-through-entry: server/internals.ts -> src/lib/util.ts',
      'web-app-not-server: src/lib/uses-server.ts -> server/allowed.ts',
    ]);
  });
});
