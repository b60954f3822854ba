/**
 * Which of the named scenarios of ../scenarios.ts, ../signing.ts and ../remote-signing.ts a request
 * asks for (those that take no argument: `confirmsAfter(n)` stays in the page). Over HTTP there is no
 * `worker.use()`, so each request names its own: by header, query parameter or path prefix (the
 * last one lets a widget choose a scenario through its `api-base` alone).
 */
import type { HttpHandler } from 'msw';
import { remoteSigningScenarios } from '../remote-signing.js';
import { scenarios as registrationScenarios } from '../scenarios.js';
import { signingScenarios } from '../signing.js';

const scenarios: Readonly<Record<string, () => HttpHandler[]>> = Object.fromEntries(
  Object.entries({ ...registrationScenarios, ...signingScenarios, ...remoteSigningScenarios }).filter(([, make]) => make.length === 0),
) as Record<string, () => HttpHandler[]>;

export const SCENARIO_HEADER = 'x-dvc-mock-scenario';
export const SCENARIO_QUERY = '__scenario';
/** `/__scenario/rateLimited,slow/api/registration/…` is served as `/api/registration/…` with those scenarios. */
const PREFIX = /^\/__scenario\/([^/]+)(\/.*)$/;

export interface ScenarioChoice {
  /** The names asked for, in order; unknown names are reported, never silently ignored. */
  readonly names: readonly string[];
  readonly unknown: readonly string[];
  /** The request path with any scenario prefix removed. */
  readonly path: string;
}

export function chooseScenarios(url: URL, header: string | undefined): ScenarioChoice {
  const asked: string[] = [];
  let path = url.pathname;
  const prefixed = PREFIX.exec(path);
  if (prefixed) {
    asked.push(...split(decodeURIComponent(prefixed[1]!)));
    path = prefixed[2]!;
  }
  asked.push(...split(header ?? ''), ...url.searchParams.getAll(SCENARIO_QUERY).flatMap(split));
  const names = [...new Set(asked)];
  return { names: names.filter(isScenario), unknown: names.filter((n) => !isScenario(n)), path };
}

/** Fresh handlers of the chosen scenarios, to put before the defaults for this one request. */
export function scenarioHandlers(names: readonly string[]): HttpHandler[] {
  return names.filter(isScenario).flatMap((name) => scenarios[name]!());
}

export function scenarioNames(): string[] {
  return Object.keys(scenarios);
}

function isScenario(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(scenarios, name);
}

function split(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
