/**
 * Vietnam Post journey: what the address picker and the "check your inbox" step say in their
 * live regions follows the widget's language button.
 */
import { expect } from '@open-wc/testing';
import { mockBackend } from '../../src/mocks/backend.js';
import { announcements, clean, deepQueryAll, getButton, getByLabel, getRadio, stepHeading, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { captchaAnswer, widget } from '../helpers/widget.js';
import { switchTo } from '../helpers/language-switch.js';
import { pick, pickers } from '../helpers/address.js';

describe('Vietnam Post: live regions follow a language switch', () => {
  it("the address picker's count of results", async () => {
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    const [permanent] = pickers(el);
    const province = getByLabel(permanent!, 'Tỉnh, thành phố');
    await waitFor(() => !province.disabled, { message: 'province enabled' });
    await type(province, 'ha');
    await waitFor(() => announcements(el).some((a) => /^\d+ kết quả$/.test(a)), { message: 'the count said' });
    await switchTo(el, 'en', 'Enter your registration details');
    await waitFor(() => announcements(el).some((a) => /^\d+ results$/.test(a)), { message: 'the count in English' });
    expect(announcements(el).join(' | ')).to.not.contain('kết quả');
  });

  it('the "check your inbox" step\'s resend announcement', async () => {
    mockBackend.timing.otpResendAfter = 0;
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    await type(getByLabel(el, 'Tên đăng nhập'), 'tran.binh88');
    await type(getByLabel(el, 'Họ và tên'), 'Trần Thị Bình');
    getRadio(el, 'Nữ').click();
    await type(getByLabel(el, 'Ngày sinh'), '12/03/1988');
    await type(getByLabel(el, 'Email'), 'binh.tran@example.vn');
    await type(getByLabel(el, 'Số CCCD/CMND'), '079301000001');
    await type(getByLabel(el, 'Số điện thoại di động'), '0987 654 321');
    const [permanent] = pickers(el);
    await pick(permanent!, 'Tỉnh, thành phố', 'ha noi', 'Thành phố Hà Nội');
    await pick(permanent!, 'Xã, phường, đặc khu', 'ba dinh', 'Phường Ba Đình');
    await type(getByLabel(permanent!, 'Số nhà, đường, thôn/xóm'), '12 Phố Đội Cấn');
    getByLabel(el, 'Giống địa chỉ thường trú').click();
    await type(getByLabel(el, 'Mã xác thực'), await captchaAnswer(el));
    getButton(el, 'Đăng ký').click();
    await waitFor(() => stepHeading(el) === 'Chọn cách kích hoạt tài khoản', { message: 'activation step' });
    getRadio(el, 'Liên kết kích hoạt qua email').click();
    getButton(el, 'Gửi').click();
    await waitFor(() => stepHeading(el) === 'Kiểm tra hộp thư của bạn', { message: 'inbox step' });
    const resend = await waitFor(() => deepQueryAll(el, 'button').find((b) => clean(b.textContent) === 'Gửi lại liên kết'));
    resend.click();
    await waitFor(() => announcements(el).some((a) => a.startsWith('Đã gửi liên kết mới đến')), { message: 'the resend said' });
    await switchTo(el, 'en', 'Check your inbox');
    await waitFor(() => announcements(el).some((a) => a.startsWith('A new link was sent to')), { message: 'in English' });
    expect(announcements(el).join(' | ')).to.not.contain('Đã gửi liên kết');
  });
});
