// Expands JSON-LD with the jsonld.js processor (https://github.com/digitalbazaar/jsonld.js) against the bundled copy of
// the schema.org context, with no network: any other context URL is refused. Prints the expanded document as JSON.
//   node expand.mjs DOCUMENT.json
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';

const here = dirname(fileURLToPath(import.meta.url));
const context = JSON.parse(readFileSync(join(here, 'schemaorg-context-30.0.jsonld'), 'utf8'));
const schemaOrg = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.json', 'https://schema.org/docs/jsonldcontext.jsonld']);

const documentLoader = async (url) => {
  if (schemaOrg.has(url)) {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error(`no network: the context ${url} is not bundled`);
};

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const expanded = await jsonld.expand(input, { documentLoader, safe: true });
process.stdout.write(JSON.stringify(expanded));
