import { expect } from '@open-wc/testing';
import type { HttpHandler } from 'msw';
import { REMOTE_MAGIC, remoteSigningMock, remoteSigningScenarios } from '../../src/mocks/remote-signing.js';
import { clean, deepQueryAll, focused, getButton, getByLabel, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, tabTo, type } from '../helpers/user.js';
import { widget } from '../helpers/widget.js';

interface Case {
  readonly name: string;
  readonly scenario?: () => HttpHandler[];
  readonly phone?: string;
  readonly subjects?: string;
  readonly expiresIn?: number;
  /** Title and actions, in vi and en (SIM is the only method here: no "another way" action). */
  readonly vi: readonly [string, ...string[]];
  readonly en: readonly [string, ...string[]];
}

const CASES: readonly Case[] = [
  { name: 'rejected on the phone', scenario: remoteSigningScenarios.rejected, vi: ['Yêu cầu đã bị từ chối', 'Gửi lại yêu cầu', 'Đổi số điện thoại'], en: ['The request was declined', 'Send the request again', 'Change the phone number'] },
  { name: 'expired', scenario: remoteSigningScenarios.expired, vi: ['Yêu cầu đã hết hạn', 'Gửi lại yêu cầu', 'Đổi số điện thoại'], en: ['The request has expired', 'Send the request again', 'Change the phone number'] },
  { name: 'wrong PIN', scenario: remoteSigningScenarios.pinFailed, vi: ['Mã PIN không đúng', 'Gửi lại yêu cầu', 'Đổi số điện thoại'], en: ['Wrong PIN', 'Send the request again', 'Change the phone number'] },
  { name: 'key locked', scenario: remoteSigningScenarios.keyLocked, vi: ['Chữ ký số đang bị khóa', 'Đổi số điện thoại'], en: ['Your digital signature is locked', 'Change the phone number'] },
  { name: 'signing failed', scenario: remoteSigningScenarios.signingFailed, vi: ['Chưa ký được', 'Gửi lại yêu cầu'], en: ['Signing did not work', 'Send the request again'] },
  { name: 'SIM not registered for signing', phone: REMOTE_MAGIC.simNotRegistered, vi: ['SIM chưa có dịch vụ ký số', 'Đổi số điện thoại'], en: ['This SIM has no signing service', 'Change the phone number'] },
  { name: 'subscriber not found', phone: REMOTE_MAGIC.subscriberNotFound, vi: ['Không tìm thấy thuê bao', 'Đổi số điện thoại'], en: ['Subscriber not found', 'Change the phone number'] },
  { name: 'cancelled (by the provider)', scenario: remoteSigningScenarios.cancelled, vi: ['Đã hủy yêu cầu', 'Gửi lại yêu cầu', 'Đổi số điện thoại'], en: ['Request cancelled', 'Send the request again', 'Change the phone number'] },
  { name: 'backend unreachable until the deadline', scenario: remoteSigningScenarios.statusOffline, expiresIn: 3, vi: ['Không liên lạc được với hệ thống', 'Kiểm tra lại', 'Gửi lại yêu cầu'], en: ['Cannot reach the system', 'Check again', 'Send the request again'] },
  { name: 'transaction unknown to the backend', scenario: remoteSigningScenarios.statusUnknown, vi: ['Không tiếp tục được yêu cầu này', 'Gửi lại yêu cầu', 'Đổi số điện thoại'], en: ['This request cannot go on', 'Send the request again', 'Change the phone number'] },
  { name: 'a citizen certificate for a business', scenario: remoteSigningScenarios.confirmed, phone: REMOTE_MAGIC.citizenCertificate, subjects: 'business', vi: ['Chứng thư số không khớp với đối tượng đăng ký', 'Đổi số điện thoại'], en: ['The certificate does not match who is registering', 'Change the phone number'] },
];

for (const locale of ['vi', 'en'] as const) {
  describe(`remote signing outcomes, in ${locale}: each has its own screen and next action`, () => {
    beforeEach(() => remoteSigningMock.reset());

    for (const c of CASES) {
      it(c.name, async () => {
        const worker = await useMockBackend();
        if (c.scenario) worker.use(...c.scenario());
        if (c.expiresIn) remoteSigningMock.expiresIn = c.expiresIn;
        const el = await widget({ lang: locale, subjects: c.subjects ?? 'citizen', methods: 'sim' });
        const phone = getByLabel(el, locale === 'vi' ? 'Số điện thoại của SIM ký số' : 'Phone number of the signing SIM');
        await tabTo(phone);
        await type(phone, (c.phone ?? '+84912345678').replace('+84', '0'));
        await press('Enter');
        const [title, ...actions] = c[locale];
        await waitFor(() => stepHeading(el) === title, { timeout: 15_000, message: title });
        // The alert with the next actions has focus, so it is read at once and Tab reaches the actions.
        expect(focused()?.hasAttribute('data-alert')).to.equal(true);
        const buttons = deepQueryAll(el, '[data-alert] button').map((b) => clean(b.textContent));
        expect(buttons).to.deep.equal(actions);
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('remote signing outcomes: "choose another way" where there is one', () => {
  beforeEach(() => remoteSigningMock.reset());

  it('leads from a locked key back to the method choice, by keyboard', async () => {
    const worker = await useMockBackend();
    worker.use(...remoteSigningScenarios.keyLocked());
    const el = await widget({ subjects: 'citizen', methods: 'phone,sim' });
    const [phoneMethod, sim] = deepQueryAll<HTMLInputElement>(el, 'input[type=radio]');
    await tabTo(phoneMethod!);
    await press('ArrowDown');
    expect(sim!.checked).to.equal(true);
    await tabTo(getButton(el, 'Tiếp tục'));
    await press('Enter');
    const phone = await waitFor(() => getByLabel(el, 'Số điện thoại của SIM ký số'), { message: 'SIM form' });
    await tabTo(phone);
    await type(phone, '0912345678');
    await press('Enter');
    await waitFor(() => stepHeading(el) === 'Chữ ký số đang bị khóa', { timeout: 15_000, message: 'locked' });
    const buttons = deepQueryAll(el, '[data-alert] button').map((b) => clean(b.textContent));
    expect(buttons).to.deep.equal(['Đổi số điện thoại', 'Chọn cách đăng ký khác']);
    await tabTo(deepQueryAll(el, '[data-alert] button')[1]!);
    await press('Enter');
    await waitFor(() => stepHeading(el) === 'Chọn cách đăng ký', { message: `method step, at ${stepHeading(el)}` });
  });
});
