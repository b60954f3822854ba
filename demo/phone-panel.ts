/**
 * The demo's mock phone: each remote-signing request the widget sends (SIM ký số, VNPT SmartCA)
 * appears here with its short code and the things a person can do on a real phone. Beside the
 * widget, never inside it, as the mock SMS inbox is.
 */
import { remoteSigningMock, type PhoneAction, type PushedRequest } from '../src/mocks/remote-signing.js';

const ACTIONS: readonly [PhoneAction, string][] = [
  ['confirm', 'Confirm + PIN · Xác nhận'],
  ['reject', 'Reject · Từ chối'],
  ['wrong-pin', 'Wrong PIN · Sai PIN'],
  ['expire', 'Let it expire · Để hết hạn'],
];

export function showPhonePanel(list: HTMLElement): void {
  const items = new Map<string, HTMLLIElement>();
  remoteSigningMock.onChange((request: PushedRequest, status) => {
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
      button.addEventListener('click', () => remoteSigningMock.act(request.id, action));
      buttons.append(button);
    }
    item.append(buttons);
  });
}
