/**
 * The spoken captcha's player stays inside a phone's screen on every step that shows the captcha:
 * the details form and the holder step after remote signing, which share captchaField and its
 * styles (captchaStyles). At 320 px a player left at the browser's default width (300 px, inline)
 * pushes the page sideways.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { remoteSigningMock } from '../../src/mocks/remote-signing.js';
import { deepQueryAll, getByLabel, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { press, type } from '../helpers/user.js';
import { phoneWidget, widget } from '../helpers/widget.js';

const player = (el: Element) => deepQueryAll<HTMLAudioElement>(el, 'audio')[0];

/** Presses "Nghe mã" and checks the player that appears fits the 320 px screen. */
async function expectPlayerFits(el: Element): Promise<void> {
  // Offered once the captcha has come.
  const listen = await waitFor(() => queryButton(el, 'Nghe mã'), { message: 'the "Nghe mã" button' });
  listen.click();
  const audio = await waitFor(() => player(el), { message: 'the player' });
  const box = audio.getBoundingClientRect();
  expect(box.width, 'the player has a size').to.be.greaterThan(0);
  expect(box.right, 'the player ends inside the screen').to.be.at.most(window.innerWidth);
  expect(document.documentElement.scrollWidth, 'nothing scrolls sideways').to.be.at.most(window.innerWidth);
}

describe('the spoken captcha on a 320 px screen', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('fits on the details form', async () => {
    const el = await phoneWidget();
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký', { message: 'the form' });
    await expectPlayerFits(el);
  });

  it('fits on the holder step after remote signing', async () => {
    await useMockBackend();
    remoteSigningMock.reset();
    const el = await widget({ subjects: 'citizen', methods: 'smartca' });
    await waitFor(() => stepHeading(el) === 'Đăng ký bằng VNPT SmartCA', { message: 'the SmartCA form' });
    await type(getByLabel(el, 'Tên đăng nhập VNPT SmartCA (số CCCD)'), '001099012345');
    await press('Enter');
    await waitFor(() => remoteSigningMock.last() !== undefined, { message: 'the signing request' });
    remoteSigningMock.act(remoteSigningMock.last()!.id, 'confirm');
    await waitFor(() => stepHeading(el) === 'Thông tin chủ chứng thư số', { timeout: 15_000, message: 'the holder step' });
    await expectPlayerFits(el);
  });
});
