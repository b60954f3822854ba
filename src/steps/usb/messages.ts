/**
 * The words of the USB-token steps and of each failure's fix-it screen. Functions, so msg() runs
 * at render time and follows a locale switch; they load with the USB steps, never on first load.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { problemMessage, showable } from '../../api/messages.js';
import { currentLocale } from '../../localization/locale.js';
import type { Subject } from '../../flow/catalog.js';
import { chooseSubjectAdvice, otherKind } from '../subject-advice.js';
import type { UsbFailure } from './failures.js';

export interface FixIt {
  readonly title: string;
  readonly body: string;
}

/** `subjects`: who the portal lets register (the offer), so advice names only choices it has. */
export function fixItOf(failure: UsbFailure, subjects: readonly Subject[] = []): FixIt {
  switch (failure.kind) {
    case 'plugin':
      return pluginFixIt(failure);
    case 'certificate':
      return certificateFixIt(failure, subjects);
    case 'backend':
      if (failure.code === 'account_exists') {
        return {
          title: msg('Đã có tài khoản cho chứng thư số này', { id: 'usb.fail.account-exists.title' }),
          body: msg('Mã số thuế hoặc số định danh trong chứng thư số đã có tài khoản trên Cổng Dịch vụ công quốc gia. Hãy đăng nhập, hoặc lấy lại mật khẩu nếu bạn quên.', {
            id: 'usb.fail.account-exists.body',
          }),
        };
      }
      return {
        // "Could not reach" only when no answer came; an answer the system gave (a refusal, a
        // failure on its side, "too many tries") is titled as one, with its own message below.
        title: ['network', 'timeout', 'redirected'].includes(failure.code)
          ? msg('Chưa kết nối được tới hệ thống', { id: 'usb.fail.backend.title' })
          : msg('Hệ thống chưa xử lý được yêu cầu', { id: 'usb.fail.backend.answered.title' }),
        body: problemMessage(failure.error),
      };
  }
}

function pluginFixIt(failure: Extract<UsbFailure, { kind: 'plugin' }>): FixIt {
  switch (failure.code) {
    case 'not_installed':
      return {
        title: msg('Không còn thấy công cụ ký số', { id: 'usb.fail.not-installed.title' }),
        body: msg('Công cụ ký số trên máy tính đã tắt hoặc chưa được cài. Hãy mở lại công cụ ký số (hoặc cài đặt), rồi kiểm tra lại.', {
          id: 'usb.fail.not-installed.body',
        }),
      };
    case 'outdated':
      return {
        title: msg('Công cụ ký số đã cũ', { id: 'usb.fail.outdated.title' }),
        body: msg('Hãy cài phiên bản mới của công cụ ký số rồi kiểm tra lại.', { id: 'usb.fail.outdated.body' }),
      };
    case 'domain_refused':
      return {
        title: msg('Công cụ ký số chưa cho phép trang này', { id: 'usb.fail.domain.title' }),
        body: msg('Công cụ ký số từ chối ký cho địa chỉ trang này. Đây là lỗi cấu hình của cổng, không phải của bạn: hãy báo cho bộ phận hỗ trợ của cổng.', {
          id: 'usb.fail.domain.body',
        }),
      };
    case 'no_certificate':
      return {
        title: msg('Không tìm thấy USB ký số', { id: 'usb.fail.no-token.title' }),
        body: msg('Công cụ ký số không tìm thấy chứng thư số nào. Hãy cắm USB ký số vào máy (thử cổng USB khác nếu cần), chờ đèn USB sáng, rồi thử lại.', {
          id: 'usb.fail.no-token.body',
        }),
      };
    case 'cancelled':
      return {
        title: msg('Bạn đã đóng cửa sổ nhập mã PIN', { id: 'usb.fail.cancelled.title' }),
        body: msg('Chưa ký được vì cửa sổ nhập mã PIN của công cụ ký số đã bị đóng. Khi sẵn sàng, hãy thử lại và nhập mã PIN trong cửa sổ đó.', {
          id: 'usb.fail.cancelled.body',
        }),
      };
    case 'pin_locked':
      return {
        title: msg('Mã PIN của USB ký số đã bị khóa', { id: 'usb.fail.pin-locked.title' }),
        body: msg('Mã PIN đã bị nhập sai quá số lần cho phép nên USB ký số bị khóa. Hãy liên hệ nhà cung cấp chữ ký số để mở khóa, rồi thử lại.', {
          id: 'usb.fail.pin-locked.body',
        }),
      };
    case 'timeout':
      return {
        title: msg('Công cụ ký số không trả lời', { id: 'usb.fail.timeout.title' }),
        body: msg('Công cụ ký số không trả lời kịp. Hãy kiểm tra cửa sổ của công cụ ký số (có thể đang nằm sau trình duyệt), rồi thử lại.', {
          id: 'usb.fail.timeout.body',
        }),
      };
    case 'bad_reply':
      return {
        title: msg('Công cụ ký số trả lời không như mong đợi', { id: 'usb.fail.bad-reply.title' }),
        body: msg('Có thể máy đang cài một công cụ ký số khác loại với công cụ cổng này dùng. Hãy cài đúng công cụ ký số theo hướng dẫn của cổng, rồi thử lại.', {
          id: 'usb.fail.bad-reply.body',
        }),
      };
    case 'plugin_error':
      return {
        title: msg('Công cụ ký số báo lỗi', { id: 'usb.fail.plugin.title' }),
        body: msg('Công cụ ký số chưa ký được. Hãy thử lại; nếu vẫn lỗi, hãy báo mã lỗi dưới đây cho bộ phận hỗ trợ.', {
          id: 'usb.fail.plugin.body',
        }),
      };
  }
}

/**
 * A token often holds more than one certificate (the old one stays after a renewal, a company's
 * beside a person's) and the plugin's window lets the person choose: a refused certificate is
 * first a reason to choose another, before renewing or finding another token.
 */
function certificateFixIt(failure: Extract<UsbFailure, { kind: 'certificate' }>, subjects: readonly Subject[]): FixIt {
  const fix = certificateProblemFixIt(failure, subjects);
  return failure.code.startsWith('cert')
    ? { ...fix, body: `${fix.body} ${msg('Nếu USB ký số có nhiều chứng thư số, hãy thử lại và chọn chứng thư số khác.', { id: 'usb.fail.choose-other-certificate' })}` }
    : fix;
}

function certificateProblemFixIt(failure: Extract<UsbFailure, { kind: 'certificate' }>, subjects: readonly Subject[]): FixIt {
  switch (failure.code) {
    case 'challenge_expired':
      return {
        title: msg('Phiên ký đã hết hạn', { id: 'usb.fail.challenge.title' }),
        body: msg('Phiên ký số đã hết hạn trước khi hệ thống nhận được chữ ký. Hãy thử lại và ký ngay khi cửa sổ nhập mã PIN hiện ra.', {
          id: 'usb.fail.challenge.body',
        }),
      };
    case 'signature_invalid':
      return {
        title: msg('Hệ thống không chấp nhận chữ ký', { id: 'usb.fail.signature.title' }),
        body: msg('Chữ ký số gửi lên không hợp lệ. Hãy thử lại; nếu vẫn lỗi, hãy cập nhật công cụ ký số và driver của USB.', {
          id: 'usb.fail.signature.body',
        }),
      };
    case 'certificate_untrusted':
      return {
        title: msg('Chứng thư số không được chấp nhận', { id: 'usb.fail.untrusted.title' }),
        body: msg('Chứng thư số trên USB không do nhà cung cấp chữ ký số được cấp phép tại Việt Nam phát hành. Hãy dùng USB ký số khác.', {
          id: 'usb.fail.untrusted.body',
        }),
      };
    case 'certificate_expired':
      return {
        title: msg('Chứng thư số đã hết hạn', { id: 'usb.fail.expired.title' }),
        body: msg('Chứng thư số trên USB đã hết hạn. Hãy gia hạn với nhà cung cấp chữ ký số, hoặc cắm USB ký số khác rồi thử lại.', {
          id: 'usb.fail.expired.body',
        }),
      };
    case 'certificate_not_yet_valid':
      return {
        title: msg('Chứng thư số chưa có hiệu lực', { id: 'usb.fail.not-yet-valid.title' }),
        body: msg('Chứng thư số trên USB chưa đến ngày có hiệu lực. Hãy kiểm tra ngày giờ của máy tính.', {
          id: 'usb.fail.not-yet-valid.body',
        }),
      };
    case 'certificate_revoked':
      return {
        title: msg('Chứng thư số đã bị thu hồi', { id: 'usb.fail.revoked.title' }),
        body: msg('Nhà cung cấp đã thu hồi chứng thư số trên USB này. Hãy liên hệ nhà cung cấp chữ ký số, hoặc cắm USB ký số khác rồi thử lại.', {
          id: 'usb.fail.revoked.body',
        }),
      };
    case 'certificate_wrong_subject':
      return wrongSubjectFixIt(failure.error.expectedHolder === 'person', chooseSubjectAdvice(otherKind(failure.error.expectedHolder), subjects));
  }
}

/** The token is the wrong kind for who registers: what fits, and (`choose`) who else the portal lets register. */
function wrongSubjectFixIt(personExpected: boolean, choose: string): FixIt {
  return personExpected
    ? {
        title: msg('Đây là chữ ký số của tổ chức', { id: 'usb.fail.wrong-subject.person.title' }),
        body: msg('Công dân đăng ký bằng chữ ký số cá nhân. Hãy cắm USB ký số cá nhân rồi thử lại.', { id: 'usb.fail.wrong-subject.person.body' }) + choose,
      }
    : {
        title: msg('Đây là chữ ký số cá nhân', { id: 'usb.fail.wrong-subject.organization.title' }),
        body:
          msg('Doanh nghiệp và cơ quan đăng ký bằng chữ ký số của tổ chức (mang mã số thuế hoặc mã đơn vị). Hãy cắm USB ký số của tổ chức rồi thử lại.', {
            id: 'usb.fail.wrong-subject.organization.body',
          }) + choose,
      };
}

/**
 * The plugin's own code and words, as text, so support can tell what happened. The plugin never
 * says which language its words are in: they are treated as the backend's unnamed words are
 * (src/api/messages.ts, showable): shown only on a Vietnamese screen and only when written in
 * Vietnamese letters, without markup, and then marked as Vietnamese. The code is always shown.
 */
export function pluginDetail(failure: UsbFailure): TemplateResult | typeof nothing {
  if (failure.kind !== 'plugin') return nothing;
  const { pluginCode: code, pluginMessage: message } = failure.error;
  const words = message && showable(message, undefined, currentLocale()) && message;
  return words || code
    ? html`<p class="detail">
        ${code ? msg(str`Mã lỗi của công cụ ký số: ${code}`, { id: 'usb.plugin-code' }) : nothing}${words ? html` (<span lang="vi">${words}</span>)` : nothing}
      </p>`
    : nothing;
}

export const retryLabel = () => msg('Thử lại', { id: 'action.retry' });
export const otherMethodLabel = () => msg('Chọn cách đăng ký khác', { id: 'usb.other-method' });
