/**
 * The JSON Schema subset docs/openapi.yaml uses (OpenAPI 3.1 = JSON Schema 2020-12): type, enum,
 * const, required, properties, additionalProperties, items, oneOf/anyOf/allOf, $ref to the same
 * document, minimum/maximum, minLength/maxLength, pattern, format date and email. Small on purpose:
 * the checker ships with the widget's package and must not pull a validator in. A keyword it does
 * not know is reported once, never silently passed.
 */

export type Schema = { readonly [keyword: string]: unknown };

export interface SchemaIssue {
  /** JSON pointer into the value, e.g. `/otp/expiresIn`. */
  readonly at: string;
  readonly message: string;
}

const KNOWN = new Set([
  '$ref', 'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'items', 'oneOf', 'anyOf', 'allOf', 'not',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'format',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'nullable',
  // Annotations that do not constrain.
  'description', 'title', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'discriminator',
  '$comment', 'externalDocs', 'xml', 'contentEncoding', 'contentMediaType',
]);

export class SchemaValidator {
  readonly unknownKeywords = new Set<string>();

  constructor(private readonly document: unknown) {}

  resolve(schema: Schema): Schema {
    let current = schema;
    const seen = new Set<string>();
    while (typeof current['$ref'] === 'string') {
      const ref = current['$ref'];
      if (seen.has(ref)) throw new Error(`$ref loop at ${ref}`);
      seen.add(ref);
      current = resolvePointer(this.document, ref) as Schema;
    }
    return current;
  }

  validate(value: unknown, schema: Schema, at = ''): SchemaIssue[] {
    // Sibling keywords next to $ref (3.1 allows `description` there) are annotations here.
    const s = this.resolve(schema);
    for (const keyword of Object.keys(s)) if (!KNOWN.has(keyword) && !keyword.startsWith('x-')) this.unknownKeywords.add(keyword);
    const issues: SchemaIssue[] = [];
    const fail = (message: string, where = at) => issues.push({ at: where || '/', message });

    if (s['allOf']) for (const sub of s['allOf'] as Schema[]) issues.push(...this.validate(value, sub, at));
    if (s['oneOf'] || s['anyOf']) {
      const options = (s['oneOf'] ?? s['anyOf']) as Schema[];
      const matching = options.filter((sub) => this.validate(value, sub, at).length === 0).length;
      if (matching === 0) {
        // Name the closest alternative, so the report says what is wrong rather than "no match".
        const nearest = options.map((sub) => this.validate(value, sub, at)).sort((a, b) => a.length - b.length)[0] ?? [];
        fail(`matches none of the ${options.length} alternatives; nearest: ${nearest.map((i) => `${i.at} ${i.message}`).join('; ')}`);
      } else if (s['oneOf'] && matching > 1) fail(`matches ${matching} alternatives of a oneOf, not exactly one`);
    }
    if (s['not'] && this.validate(value, s['not'] as Schema, at).length === 0) fail('matches a schema it must not match');
    if (s['const'] !== undefined && value !== s['const']) fail(`is ${JSON.stringify(value)}, not ${JSON.stringify(s['const'])}`);
    if (Array.isArray(s['enum']) && !s['enum'].includes(value)) fail(`is ${JSON.stringify(value)}, not one of ${JSON.stringify(s['enum'])}`);

    const types = s['type'] === undefined ? undefined : ([] as unknown[]).concat(s['type']);
    if (types && !types.some((t) => hasType(value, String(t)))) {
      if (!(value === null && s['nullable'] === true)) fail(`is ${describe(value)}, not ${types.join(' or ')}`);
      return issues;
    }

    if (typeof value === 'number') {
      if (typeof s['minimum'] === 'number' && value < s['minimum']) fail(`is ${value}, below the minimum ${s['minimum']}`);
      if (typeof s['maximum'] === 'number' && value > s['maximum']) fail(`is ${value}, above the maximum ${s['maximum']}`);
      if (typeof s['exclusiveMinimum'] === 'number' && value <= s['exclusiveMinimum']) fail(`is ${value}, not above ${s['exclusiveMinimum']}`);
      if (typeof s['exclusiveMaximum'] === 'number' && value >= s['exclusiveMaximum']) fail(`is ${value}, not below ${s['exclusiveMaximum']}`);
      if (typeof s['multipleOf'] === 'number' && !Number.isInteger(value / s['multipleOf'])) fail(`is ${value}, not a multiple of ${s['multipleOf']}`);
    }
    if (typeof value === 'string') {
      const length = [...value].length;
      if (typeof s['minLength'] === 'number' && length < s['minLength']) fail(`is shorter than ${s['minLength']}`);
      if (typeof s['maxLength'] === 'number' && length > s['maxLength']) fail(`is longer than ${s['maxLength']}`);
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(value)) fail(`does not match ${s['pattern']}`);
      if (s['format'] === 'date' && !isDate(value)) fail(`is not a date (YYYY-MM-DD)`);
      if (s['format'] === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) fail(`is not an email address`);
    }
    if (Array.isArray(value)) {
      if (typeof s['minItems'] === 'number' && value.length < s['minItems']) fail(`has fewer than ${s['minItems']} items`);
      if (typeof s['maxItems'] === 'number' && value.length > s['maxItems']) fail(`has more than ${s['maxItems']} items`);
      if (s['uniqueItems'] === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) fail('has repeated items');
      if (s['items']) value.forEach((item, i) => issues.push(...this.validate(item, s['items'] as Schema, `${at}/${i}`)));
    }
    if (isObject(value)) {
      const count = Object.keys(value).length;
      if (typeof s['minProperties'] === 'number' && count < s['minProperties']) fail(`has fewer than ${s['minProperties']} properties`);
      if (typeof s['maxProperties'] === 'number' && count > s['maxProperties']) fail(`has more than ${s['maxProperties']} properties`);
      for (const name of (s['required'] as string[] | undefined) ?? []) {
        if (!(name in value)) fail(`lacks the required property "${name}"`);
      }
      const properties = (s['properties'] ?? {}) as Record<string, Schema>;
      for (const [name, item] of Object.entries(value)) {
        const where = `${at}/${name}`;
        if (properties[name]) issues.push(...this.validate(item, properties[name]!, where));
        else if (s['additionalProperties'] === false) fail('is not a documented property', where);
        else if (isObject(s['additionalProperties'])) issues.push(...this.validate(item, s['additionalProperties'] as Schema, where));
      }
    }
    return issues;
  }
}

export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`Only same-document $ref is supported, not ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`$ref ${ref} points at nothing`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return false;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${typeof value === 'object' ? '' : JSON.stringify(value)}`.trim();
}

function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}
