/**
 * The mock's own endpoints under /__mock/ (docs/mock-server.md): what a phone or mailbox would
 * receive, the captcha answers a test reads off the image, the request log, and a reset. They
 * exist only in the mock; a real backend must never offer anything like them in production.
 */
import type { MockBackend } from '../backend.js';
import type { FaultName, Incoming, Outgoing } from './breaks.js';
import { FAULTS } from './breaks.js';
import type { RequestLog } from './request-log.js';
import { scenarioNames, SCENARIO_HEADER, SCENARIO_QUERY } from './scenario.js';

export const CONTROL_PREFIX = '/__mock';

interface ControlContext {
  readonly backend: MockBackend;
  readonly log: RequestLog;
  readonly faults: readonly FaultName[];
}

export function handleControl(req: Incoming, { backend, log, faults }: ControlContext): Outgoing {
  const path = req.path.slice(CONTROL_PREFIX.length).replace(/\/$/, '') || '/';
  const get = req.method === 'GET';

  if (get && path === '/') {
    return json(200, {
      api: '/api/registration',
      inbox: `${CONTROL_PREFIX}/inbox`,
      captchas: `${CONTROL_PREFIX}/captchas/{id} or ${CONTROL_PREFIX}/captchas/latest`,
      log: `${CONTROL_PREFIX}/log`,
      reset: `POST ${CONTROL_PREFIX}/reset`,
      scenarios: { names: scenarioNames(), header: SCENARIO_HEADER, query: SCENARIO_QUERY, pathPrefix: '/__scenario/{names}/api/registration' },
      faults: faults.map((name) => ({ name, what: FAULTS[name].what })),
    });
  }
  if (get && path === '/inbox') {
    return json(200, { sms: backend.otpsSent(), email: backend.linksSent() });
  }
  if (get && path.startsWith('/captchas/')) {
    const id = decodeURIComponent(path.slice('/captchas/'.length));
    const answer = id === 'latest' ? backend.lastCaptchaAnswer() : backend.captchaAnswer(id);
    return answer === undefined ? json(404, { error: 'No unspent captcha with that id.' }) : json(200, { id, answer });
  }
  if (get && path === '/log') return json(200, { entries: log.list() });
  if (get && path === '/scenarios') return json(200, { scenarios: scenarioNames() });
  if (req.method === 'POST' && path === '/reset') {
    backend.reset();
    log.clear();
    return { status: 204, headers: {}, body: '' };
  }
  return json(404, { error: `No mock endpoint ${req.method} ${req.path}.` });
}

function json(status: number, body: unknown): Outgoing {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: JSON.stringify(body) };
}
