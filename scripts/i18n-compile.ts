import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED_DIR, compiledModule, LOCALES, messageIdModule } from './i18n-catalogs';

// Compiles the JSON catalogs into the modules the app loads (one chunk per language) and the id type.
mkdirSync(COMPILED_DIR, { recursive: true });
for (const locale of LOCALES) writeFileSync(join(COMPILED_DIR, `${locale}.ts`), compiledModule(locale));
writeFileSync(join(COMPILED_DIR, 'message-id.ts'), messageIdModule());
console.log(`compiled ${LOCALES.join(', ')} into ${COMPILED_DIR}`);
