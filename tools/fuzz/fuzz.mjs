// Usage: node fuzz.mjs <base-url> <requests-per-route> <openapi.json>   (SEED=7, STORED=0 to skip stored mode, OUT=file)
// Independent schema-driven fuzz run: json-schema-faker draws request bodies that are valid by the OpenAPI document,
// sends them to a running server, and sorts the answers. A 5xx is a bug; a 422 whose rule the schema could state
// (a single field's type, format, range, length or size) means the contract is looser than the server.
import { JSONSchemaFaker } from 'json-schema-faker';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import fs from 'fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
ajv.addKeyword('example'); ajv.addKeyword('discriminator');

const base = process.argv[2];
const perRoute = Number(process.argv[3] || 200);
const doc = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const deref = await $RefParser.dereference(doc);
JSONSchemaFaker.option({ alwaysFakeOptionals: false, optionalsProbability: 0.7, fillProperties: false, useExamplesValue: false,
  maxItems: 4, maxLength: 40, failOnInvalidTypes: false, random: mulberry(Number(process.env.SEED || 7)) });
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a);
  t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
// Cross-field rules a JSON schema cannot state: refusing a schema-valid body for these is expected.
const CROSS = new Set(['date-order', 'period', 'duplicate', 'unique', 'sum', 'future-date', 'personnummer', 'unknown-indicator',
  'respondent', 'single-participant', 'single-service', 'range-order', 'item-count', 'incomplete', 'subsidised', 'chart-axes',
  'not-counted', 'instrument', 'unknown-item', 'min-reviews', 'required-parameter', 'one-of', 'overall', 'date-range', 'unknown-parameter']);
// Rules that tie one field to another (a dependency the document states in words; OpenAPI 3.0 has no keyword for it).
const DEPENDENT = [
  [/anchors$/, 'required', /^\/(activeClients|employmentSpecialistFte)?$/],   // the two facts of item 1 come together
  [/socioeconomic/, 'required', /\/overrides\//],                            // sweden-2026 needs the unsourced values
  [/socioeconomic/, 'required', /\/after\//],                                // EMPLOYMENT needs rate, sector, salary
  [/socioeconomic/, 'range', /taxWithheld$/],                                 // tax withheld at most the benefit
  [/socioeconomic/, 'untaxed', /taxWithheld$/],                               // an untaxed benefit has no tax withheld
  [/socioeconomic/, 'range', /\/overrides\/kommunalTaxRate$/],                // the kommun's part at most the whole rate
  [/outcomes/, 'required', /\/outcome$/],                                     // a closed participant needs an outcome
  [/targets/, 'range', /\/targets\/N\/value$/],                               // a share target is 0-1, a count target not
  [/progression\/chart/, 'non-empty', /^\/measurements$/],                     // no measurement by the respondent asked
  [/identity-provider/, 'required', /^\/roleValues$/],                        // a rolesClaim needs its roleValues
];
function resolves(doc, pointer) {
  if (pointer === '') return true;
  let n = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (n === null || typeof n !== 'object' || !(k in n)) return false;
    n = n[k];
  }
  return true;
}
const summary = {};
// Stored mode: an organisation of its own (created from loopback), a key with every role, one service.
const auth = {};
if (process.env.STORED !== '0') {
  const org = 'fuzz-' + Date.now();
  const created = await (await fetch(base + '/api/v1/organisations', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: org, name: 'Fuzz' }) })).json();
  const admin = { Authorization: 'Bearer ' + created.adminKey.key };
  const key = await (await fetch(base + `/api/v1/organisations/${org}/keys`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ holder: 'fuzz', roles: ['admin', 'handledare', 'analyst'] }) })).json();
  auth.header = { Authorization: 'Bearer ' + key.key };
  auth.org = org;
  await fetch(base + `/api/v1/organisations/${org}/services`, { method: 'POST', headers: { ...auth.header, 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'steget', name: 'Steget' }) });
  await fetch(base + `/api/v1/organisations/${org}/services`, { method: 'POST', headers: { ...auth.header, 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'vux', name: 'Vux' }) });
}
for (const [path, ops] of Object.entries(deref.paths)) for (const method of ['post', 'put']) {
  const op = ops[method];
  if (!op || !op.requestBody || !op.requestBody.content['application/json'] || !path.startsWith('/api/v1/')) continue;
  const stored = path.includes('{org}');
  if (path === '/api/v1/organisations' || (stored && !auth.org) || /\{id\}|\{period\}/.test(path) && stored) continue;
  const schema = op.requestBody.content['application/json'].schema;
  const url = base + path.replace('{id}', 'ips-25').replace('{org}', auth.org).replace('{service}', 'steget')
    .replace('{participant}', 'fuzz-p1');
  const route = method.toUpperCase() + ' ' + path;
  const s = summary[route] = { sent: 0, drawnInvalid: 0, status: {}, looser: {}, cross: {} };
  const valid = ajv.compile(schema);
  for (let i = 0; i < perRoute; i++) {
    const body = JSONSchemaFaker.generate(schema);
    // The faker overruns maxItems: cut such arrays to their limit before judging the body.
    for (let round = 0; round < 20 && !valid(body); round++) {
      const e = valid.errors.find(x => x.keyword === 'maxItems');
      if (!e) break;
      const parts = e.instancePath.split('/').slice(1);
      let n = body; for (const k of parts) n = n[k];
      n.length = e.params.limit;
    }
    // The faker does not always keep to the schema (maxItems): only bodies an independent validator accepts are sent.
    if (!valid(body)) { s.drawnInvalid++; s.why ||= JSON.stringify(valid.errors).slice(0, 300); continue; }
    // References to data the document cannot list (instruments are loaded at start): point them at the built-in one.
    if (path.startsWith('/api/v1/progression/') || path.endsWith('/measurements')) { body.instrument = 'skapa'; if ('instrumentVersion' in body) body.instrumentVersion = 1; }
    if ('service' in body && stored) body.service = 'steget';
    // Services the organisation has (the document cannot list them): the one the harness made.
    if (Array.isArray(body.services) && stored) body.services = path.endsWith('/consents') ? ['steget', 'vux'] : ['steget'];
    const res = await fetch(url, { method: method.toUpperCase(), headers: { ...(stored ? auth.header : {}), 'Content-Type': 'application/json',
      'Accept-Language': 'en' }, body: JSON.stringify(body) });
    const text = await res.text();
    s.sent++; s.status[res.status] = (s.status[res.status] || 0) + 1;
    if (res.status >= 500) { (s.fivexx ||= []).push({ body, text: text.slice(0, 300) }); }
    if (res.status === 422 || res.status === 400) {
      let p; try { p = JSON.parse(text); } catch { p = { errors: [] }; }
      for (const e of (p.errors || [])) {
        // Every pointer names the request's own field: it resolves in the body sent (a missing field: its parent does).
        if (e.rule === 'required' || (path.includes('/fidelity/') && e.pointer === '/value')) {} else
        if (!resolves(body, e.pointer) && !resolves(body, e.pointer.replace(/\/[^/]*$/, ''))) {
          const key = e.rule + ' ' + e.pointer.replace(/\/\d+/g, '/N');
          (s.unresolved ||= {})[key] = ((s.unresolved || {})[key] || 0) + 1;
        }
        const key = e.rule + ' ' + e.pointer.replace(/\/\d+/g, '/N');
        const dependent = DEPENDENT.some(([route, rule, at]) => route.test(path) && rule === e.rule && at.test(e.pointer.replace(/\/\d+/g, '/N')));
        const bucket = CROSS.has(e.rule) || dependent ? s.cross : s.looser;
        if (!bucket[key]) bucket[key] = { n: 0, example: e.message, body: JSON.stringify(body).slice(0, 400) };
        bucket[key].n++;
      }
      if (res.status === 400) (s.malformed ||= []).push(text.slice(0, 200));
    }
  }
}
fs.writeFileSync(process.env.OUT || 'fuzz-result.json', JSON.stringify(summary, null, 1));
// One line per route, then the verdict: any 5xx, any refusal the document could have stated, any pointer that does not
// name a field of the body sent is a finding, and the run fails.
let sent = 0, findings = 0;
const statuses = {};
for (const [route, s] of Object.entries(summary)) {
  sent += s.sent;
  for (const [k, n] of Object.entries(s.status)) statuses[k] = (statuses[k] || 0) + n;
  const looser = Object.entries(s.looser).map(([k, v]) => `${k} (${v.n}×: ${v.example})`);
  const bad = (s.fivexx || []).length + looser.length + Object.keys(s.unresolved || {}).length;
  findings += bad;
  console.log(`${bad ? 'FINDING' : 'ok     '} ${route}: ${JSON.stringify(s.status)}` + (bad ? `\n        5xx: ${(s.fivexx || []).length}; `
    + `looser than the server: ${looser.join('; ') || 'none'}; pointers not in the body: ${JSON.stringify(s.unresolved || {})}` : ''));
}
console.log(`${sent} schema-valid requests on ${Object.keys(summary).length} routes: ${JSON.stringify(statuses)}; findings: ${findings}`);
process.exit(findings ? 1 : 0);
