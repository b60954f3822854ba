/**
 * The mock's own endpoints under /__mock/ (docs/mock-server.md): what a phone or mailbox would
 * receive (an SMS, an email, a SIM ký số or SmartCA request to confirm), the captcha answers a
 * test reads off the image, the request log, and a reset. They
 * exist only in the mock; a real backend must never offer anything like them in production.
 */
import type { MockBackend } from '../backend.js';
import { remoteSigningMock, type PhoneAction } from '../remote-signing.js';
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
      phone: `${CONTROL_PREFIX}/phone, POST ${CONTROL_PREFIX}/phone/{id}/{${PHONE_ACTIONS.join('|')}}`,
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
  if (get && path === '/phone') return json(200, { requests: remoteSigningMock.pushed() });
  if (req.method === 'POST' && path.startsWith('/phone/')) return actOnPhone(path.slice('/phone/'.length));
  if (get && path.startsWith('/captchas/')) {
    const asked = decodeURIComponent(path.slice('/captchas/'.length));
    // "latest" answers with the newest captcha's own id, so a script can spend it by that id.
    const id = asked === 'latest' ? backend.lastCaptchaId() : asked;
    const answer = id === undefined ? undefined : backend.captchaAnswer(id);
    return answer === undefined ? json(404, { error: 'No unspent captcha with that id.' }) : json(200, { id, answer });
  }
  if (get && path === '/log') return json(200, { entries: log.list() });
  if (get && path === '/scenarios') return json(200, { scenarios: scenarioNames() });
  if (req.method === 'POST' && path === '/reset') {
    backend.reset();
    remoteSigningMock.reset();
    log.clear();
    return { status: 204, headers: {}, body: '' };
  }
  return json(404, { error: `No mock endpoint ${req.method} ${req.path}.` });
}

const PHONE_ACTIONS: readonly PhoneAction[] = ['confirm', 'reject', 'wrong-pin', 'expire'];

/**
 * `{id}/{action}`: the person acts on the SIM ký số or SmartCA request on their phone, as the demo
 * page's phone panel does in the page. Only a request still waiting can be answered (409 otherwise).
 */
function actOnPhone(rest: string): Outgoing {
  const [id = '', action = ''] = rest.split('/').map(decodeURIComponent);
  if (!(PHONE_ACTIONS as readonly string[]).includes(action)) {
    return json(404, { error: `No phone action ${action}; one of ${PHONE_ACTIONS.join(', ')}.` });
  }
  const before = remoteSigningMock.pushed().find((request) => request.id === id);
  if (!before) return json(404, { error: 'No request with that id.' });
  if (before.status !== 'waiting') return json(409, { error: `The request is already ${before.status}.`, request: before });
  remoteSigningMock.act(id, action as PhoneAction);
  return json(200, { request: remoteSigningMock.pushed().find((request) => request.id === id) });
}

function json(status: number, body: unknown): Outgoing {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: JSON.stringify(body) };
}
