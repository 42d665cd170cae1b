import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@messageformat/parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COMPILED_DIR, compiledModule, LOCALES, messageIdModules, readCatalog, SOURCE_LOCALE } from '../scripts/i18n-catalogs';

const SRC = join(import.meta.dirname, '..', 'src');
const source = readCatalog(SOURCE_LOCALE);

type Token = ReturnType<typeof parse>[number] | { type: 'octothorpe' };

/** Argument names a message uses (`{count}`, `{count, plural, …}`), nested ones included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if ('arg' in token) names.add(token.arg);
      if ('cases' in token) for (const c of token.cases) walk(c.tokens);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Plural categories each `plural` of a message names. */
function pluralCases(message: string): string[][] {
  const found: string[][] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (!('cases' in token)) continue;
      if (token.type === 'plural') found.push(token.cases.map((c) => c.key));
      for (const c of token.cases) walk(c.tokens);
    }
  };
  walk(parse(message));
  return found;
}

/** Words that are the same in every language (product and unit names); anything else must be translated. */
const SAME_EVERYWHERE =
  /\b(?:The Open Money|TON|USD|Stars?|Premium|Telegram|TonConnect|CSV|UTC|GMT|ID|QR|Tonviewer|Sandbox)\b|osk_/g;
function hasWordsToTranslate(message: string): boolean {
  return /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, '').replace(SAME_EVERYWHERE, ''));
}

function filesUnder(dir: string, match: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' || name === 'test' ? [] : filesUnder(path, match);
    return match(path) ? [path] : [];
  });
}

describe('message catalogs', () => {
  it.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('%s has exactly the English keys', (locale) => {
    const keys = [...readCatalog(locale).keys()].sort();
    expect({ missing: [...source.keys()].filter((k) => !keys.includes(k)), extra: keys.filter((k) => !source.has(k)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('%s translates every message, with the same arguments', (locale) => {
    const problems: string[] = [];
    for (const [id, message] of readCatalog(locale)) {
      const english = source.get(id) ?? '';
      if (message.trim() === '') problems.push(`${id}: empty`);
      else if (message === english && hasWordsToTranslate(english)) problems.push(`${id}: still English`);
      if (argumentsOf(message).join() !== argumentsOf(english).join()) problems.push(`${id}: arguments differ from English`);
    }
    expect(problems).toEqual([]);
  });

  it('Russian plurals name the one, few and many forms; every plural has other', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const [id, message] of readCatalog(locale)) {
        for (const cases of pluralCases(message)) {
          if (!cases.includes('other')) problems.push(`${locale} ${id}: no other`);
          if (locale === 'ru' && !['one', 'few', 'many'].every((c) => cases.includes(c)))
            problems.push(`ru ${id}: ${cases.join('/')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the compiled modules are up to date (npm run i18n)', () => {
    for (const locale of LOCALES) {
      expect(readFileSync(join(COMPILED_DIR, `${locale}.ts`), 'utf8'), locale).toBe(compiledModule(locale));
    }
    for (const [path, text] of messageIdModules()) expect(readFileSync(join(COMPILED_DIR, path), 'utf8'), path).toBe(text);
  });
});

describe('the app speaks only through the catalogs', () => {
  const files = filesUnder(SRC, (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p));
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  const untranslated: string[] = [];
  const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const where = (node: ts.Node) => `${relative(SRC, file)}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      if (ts.isTemplateExpression(node)) prefixes.add(node.head.text);
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) untranslated.push(`${where(node)} "${node.text.trim()}"`);
      if (
        ts.isJsxAttribute(node) &&
        TEXT_ATTRIBUTES.has(node.name.getText()) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer)
      ) {
        if (/\p{L}/u.test(node.initializer.text))
          untranslated.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }

  it('has no text written straight into the markup', () => {
    expect(untranslated).toEqual([]);
  });

  it('uses every message of the catalog', () => {
    const unused = [...source.keys()].filter(
      (id) => !literals.has(id) && ![...prefixes].some((p) => p.endsWith('.') && id.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
