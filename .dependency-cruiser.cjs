/**
 * Architecture boundaries, checked by `npm run lint:boundaries` (part of `npm test`):
 * features never import each other (routes in src/app compose them); the web app and the contract never
 * import the server; the server reaches the web app through its one entry; no import cycles anywhere.
 * Type-only imports count too (tsPreCompilationDeps), since a cycle over a type is still a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-feature',
      comment:
        'A feature may not import another feature; compose them in src/app or move the shared piece to src/lib, src/api or src/components.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'web-app-not-server',
      comment: 'src/ and contract/ run in the browser (contract also in the sandbox): they never import server code.',
      severity: 'error',
      from: { path: '^(src|contract)/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-through-entry',
      comment: 'The server imports the web app only through src/entry-server.tsx, never its internals.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^src/', pathNot: '^src/entry-server\\.tsx$' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make modules impossible to read or load on their own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
