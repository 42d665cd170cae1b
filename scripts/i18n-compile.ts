import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED_DIR, compiledModule, LOCALES, messageIdModules } from './i18n-catalogs';

// Compiles the JSON catalogs into the modules the app loads (one chunk per language) and the id type.
mkdirSync(COMPILED_DIR, { recursive: true });
for (const locale of LOCALES) writeFileSync(join(COMPILED_DIR, `${locale}.ts`), compiledModule(locale));
rmSync(join(COMPILED_DIR, 'ids'), { recursive: true, force: true });
mkdirSync(join(COMPILED_DIR, 'ids'));
for (const [path, text] of messageIdModules()) writeFileSync(join(COMPILED_DIR, path), text);
console.log(`compiled ${LOCALES.join(', ')} into ${COMPILED_DIR}`);
