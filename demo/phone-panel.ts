/**
 * The demo's mock phone: each remote-signing request the widget sends (SIM ký số, VNPT SmartCA)
 * appears here with its short code and the things a person can do on a real phone. Beside the
 * widget, never inside it, as the mock SMS inbox is. The phone is the in-page mock's, or the HTTP
 * mock's through its /__mock/phone endpoints (docs/mock-server.md).
 */
import { remoteSigningMock, type PhoneAction, type PushedRequest } from '../src/mocks/remote-signing.js';

type Status = Parameters<Parameters<typeof remoteSigningMock.onChange>[0]>[1];

interface Phone {
  onChange(listener: (request: PushedRequest, status: Status) => void): void;
  act(id: string, action: PhoneAction): void;
}

/** The HTTP mock's phone, read every second (as the demo reads its SMS inbox). */
export function httpPhone(mock: string): Phone {
  return {
    onChange(listener) {
      const known = new Map<string, Status>();
      setInterval(async () => {
        const { requests } = (await (await fetch(`${mock}/__mock/phone`)).json()) as { requests: (PushedRequest & { status: Status })[] };
        for (const request of requests) {
          if (known.get(request.id) === request.status) continue;
          known.set(request.id, request.status);
          listener(request, request.status);
        }
      }, 1000);
    },
    act: (id, action) => void fetch(`${mock}/__mock/phone/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
  };
}

const ACTIONS: readonly [PhoneAction, string][] = [
  ['confirm', 'Confirm + PIN · Xác nhận'],
  ['reject', 'Reject · Từ chối'],
  ['wrong-pin', 'Wrong PIN · Sai PIN'],
  ['expire', 'Let it expire · Để hết hạn'],
];

export function showPhonePanel(list: HTMLElement, phone: Phone = remoteSigningMock): void {
  const items = new Map<string, HTMLLIElement>();
  phone.onChange((request: PushedRequest, status) => {
    let item = items.get(request.id);
    if (!item) {
      item = document.createElement('li');
      items.set(request.id, item);
      list.prepend(item);
    }
    item.replaceChildren();
    const text = document.createElement('p');
    const app = request.method === 'sim' ? 'SIM ký số' : 'VNPT SmartCA';
    text.textContent = `${app} → ${request.to}: mã yêu cầu / request code ${request.shortCode} — ${status}`;
    item.append(text);
    if (status !== 'waiting') return;
    const buttons = document.createElement('div');
    buttons.className = 'phone-actions';
    for (const [action, label] of ACTIONS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => phone.act(request.id, action));
      buttons.append(button);
    }
    item.append(buttons);
  });
}
