/**
 * Request bodies made from the contract's schemas, so every operation can be called, including
 * ones added after this checker was written. Values come from, in order: the caller's `known`
 * values by property name (a test person), the schema's `example`/`const`/`enum`, its format or
 * pattern, and a plain placeholder. Properties that carry secrets get a fresh random value each
 * time, remembered so the checker can look for it in the answer.
 */
import { isObject, type Schema, type SchemaValidator } from './schema.js';

/** Property names whose values are secrets: they must never come back in a response. */
export const SECRET_NAMES = /^(password|code|otp|pin|answer|secret|verifier|codeVerifier)$/i;

export class Synthesizer {
  readonly secrets: string[] = [];

  constructor(
    private readonly validator: SchemaValidator,
    private readonly known: Readonly<Record<string, unknown>>,
  ) {}

  value(schema: Schema, name = '', depth = 0): unknown {
    const s = this.validator.resolve(schema);
    if (depth > 8) return undefined;
    if (SECRET_NAMES.test(name) && (s['type'] === 'string' || s['type'] === undefined)) return this.secret(s);
    if (name in this.known) return this.known[name];
    if (s['const'] !== undefined) return s['const'];
    if (s['example'] !== undefined) return s['example'];
    if (Array.isArray(s['examples']) && s['examples'].length > 0) return s['examples'][0];
    if (Array.isArray(s['enum']) && s['enum'].length > 0) return s['enum'][0];
    const alternatives = (s['oneOf'] ?? s['anyOf']) as Schema[] | undefined;
    if (alternatives?.length) return this.value(alternatives[0]!, name, depth + 1);
    if (Array.isArray(s['allOf'])) {
      return Object.assign({}, ...(s['allOf'] as Schema[]).map((sub) => this.value(sub, name, depth + 1)).filter(isObject));
    }
    const type = [...([] as unknown[]).concat(s['type'] ?? (s['properties'] ? 'object' : 'string'))][0];
    switch (type) {
      case 'object': {
        const properties = (s['properties'] ?? {}) as Record<string, Schema>;
        const required = new Set((s['required'] as string[] | undefined) ?? []);
        const out: Record<string, unknown> = {};
        for (const [key, sub] of Object.entries(properties)) {
          if (required.has(key) || key in this.known) out[key] = this.value(sub, key, depth + 1);
        }
        return out;
      }
      case 'array':
        return typeof s['minItems'] === 'number' && s['minItems'] > 0 && s['items'] ? [this.value(s['items'] as Schema, name, depth + 1)] : [];
      case 'integer':
      case 'number':
        return typeof s['minimum'] === 'number' ? s['minimum'] : 1;
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return this.string(s);
    }
  }

  /** A fresh secret that fits the schema where it can (six digits for `^[0-9]{6}$`). */
  secret(schema: Schema = {}): string {
    const s = this.validator.resolve(schema);
    const digits = typeof s['pattern'] === 'string' ? /^\^?\[0-9\]\{(\d+)\}\$?$|^\^?\\d\{(\d+)\}\$?$/.exec(s['pattern']) : null;
    const value = digits
      ? Array.from({ length: Number(digits[1] ?? digits[2]) }, () => Math.floor(Math.random() * 10)).join('')
      : `Cf!${Math.random().toString(36).slice(2, 8)}Zq${Math.floor(Math.random() * 90 + 10)}`;
    this.secrets.push(value);
    return value;
  }

  private string(s: Schema): string {
    if (s['format'] === 'date') return '1999-05-01';
    if (s['format'] === 'email') return 'conformance@example.com';
    if (s['format'] === 'uri' || s['format'] === 'url') return 'https://example.com/';
    if (typeof s['pattern'] === 'string') {
      const digits = /^\^?\[0-9\]\{(\d+)\}\$?$|^\^?\\d\{(\d+)\}\$?$/.exec(s['pattern']);
      if (digits) return '1'.repeat(Number(digits[1] ?? digits[2]));
    }
    const min = typeof s['minLength'] === 'number' ? s['minLength'] : 0;
    return 'conformance'.padEnd(min, 'x');
  }
}
