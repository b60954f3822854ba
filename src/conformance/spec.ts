/**
 * What the checker reads from docs/openapi.yaml: every operation, its request and response
 * schemas, and the documented problem codes. Nothing here names a path: a path added to the
 * contract is probed and validated with no change to the checker.
 */
import { isObject, resolvePointer, type Schema } from './schema.js';

export interface Operation {
  readonly id: string;
  readonly method: string;
  /** The path template as written, e.g. `/registrations/{registrationId}/otp`. */
  readonly path: string;
  readonly pathParameters: readonly string[];
  readonly requestSchema?: Schema;
  /** Codes this operation's own description names (`code_name` in backticks). */
  readonly codes: readonly string[];
  readonly raw: Record<string, unknown>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** A problem code as the contract writes them: lower-case words joined by underscores. */
const CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

export class Spec {
  readonly operations: readonly Operation[];
  /** Every problem code the contract documents anywhere. */
  readonly codes: ReadonlySet<string>;

  constructor(readonly document: Record<string, unknown>) {
    const paths = (document['paths'] ?? {}) as Record<string, Record<string, unknown>>;
    const operations: Operation[] = [];
    for (const [path, item] of Object.entries(paths)) {
      const shared = (item['parameters'] ?? []) as Schema[];
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const parameters = [...shared, ...((op['parameters'] ?? []) as Schema[])].map((p) => this.deref(p));
        const body = this.deref((op['requestBody'] ?? {}) as Schema);
        const json = isObject(body['content']) ? (body['content'] as Record<string, Schema>)['application/json'] : undefined;
        operations.push({
          id: typeof op['operationId'] === 'string' ? op['operationId'] : `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          pathParameters: parameters.filter((p) => p['in'] === 'path').map((p) => String(p['name'])),
          ...(json && isObject(json['schema']) ? { requestSchema: json['schema'] as Schema } : {}),
          codes: backtickedCodes(`${op['summary'] ?? ''}\n${op['description'] ?? ''}`),
          raw: op,
        });
      }
    }
    this.operations = operations;
    this.codes = new Set([...operations.flatMap((o) => o.codes), ...this.problemCodes()]);
  }

  deref(node: Schema): Schema {
    let current = node;
    while (typeof current['$ref'] === 'string') current = resolvePointer(this.document, current['$ref']) as Schema;
    return current;
  }

  /**
   * The schema a response with this status and content type must follow, or why there is none.
   * An exact status wins over `2XX` over `default`, as OpenAPI says.
   */
  responseSchema(op: Operation, status: number, contentType: string): { schema?: Schema; problem?: string } {
    const responses = (op.raw['responses'] ?? {}) as Record<string, Schema>;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return { problem: `status ${status} is not documented for ${op.id}` };
    if (key === 'default' && status < 400) return { problem: `status ${status} is not documented for ${op.id} (only as "default", which is for errors)` };
    const response = this.deref(responses[key]!);
    const content = (response['content'] ?? {}) as Record<string, Schema>;
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) return {};
    const type = contentType.split(';')[0]!.trim().toLowerCase();
    const media = content[type];
    if (!media) return { problem: `Content-Type "${contentType || 'none'}" where the contract says ${mediaTypes.join(' or ')}` };
    return isObject(media['schema']) ? { schema: media['schema'] as Schema } : {};
  }

  /** The problem schema: the one the `default` responses use, found through the operations, not by name. */
  problemSchema(): Schema | undefined {
    for (const op of this.operations) {
      const found = this.responseSchema(op, 400, 'application/problem+json');
      if (found.schema) return found.schema;
    }
    return undefined;
  }

  /** Codes listed in the problem schema: an `enum` on `code`, or the list in its description. */
  private problemCodes(): string[] {
    const problem = this.problemSchema();
    if (!problem) return [];
    const resolved = this.deref(problem);
    const code = this.deref(((resolved['properties'] ?? {}) as Record<string, Schema>)['code'] ?? {});
    if (Array.isArray(code['enum'])) return code['enum'].map(String);
    return String(code['description'] ?? '')
      .split(/[\s,.:;()`]+/)
      .filter((word) => CODE.test(word));
  }
}

function backtickedCodes(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((word) => CODE.test(word));
}
