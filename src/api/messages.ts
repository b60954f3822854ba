/**
 * Localized words for every backend failure. Known codes get our own message; an unknown code
 * shows the server's own text only when it is plain text in the language on screen (templates
 * render it as text, never as HTML), else a general message with the code to quote to support.
 */
import { msg, str } from '@lit/localize';
import { currentLocale } from '../localization/locale.js';
import type { ApiError } from './errors.js';

export function problemMessage(error: ApiError): string {
  switch (error.code) {
    case 'validation_failed':
      return error.fieldErrors.length > 0
        ? msg('Một số thông tin chưa hợp lệ. Hãy sửa các ô được đánh dấu.', { id: 'api.validation_failed' })
        : // No field the person can see was named: "the marked fields" would point at nothing.
          msg('Hệ thống chưa chấp nhận thông tin nhưng không cho biết ô nào sai. Hãy kiểm tra lại rồi gửi lại; nếu vẫn không được, hãy liên hệ bộ phận hỗ trợ.', {
            id: 'api.validation_failed.unmarked',
          });
    case 'captcha_invalid':
      return msg('Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập các ký tự trong ảnh mới.', { id: 'api.captcha_invalid' });
    case 'phone_not_matching_id':
      return msg(
        'Nhà mạng chưa ghi nhận số điện thoại này đứng tên số CCCD/CMND bạn nhập. Kiểm tra bằng cách soạn tin TTTB gửi 1414 (miễn phí), rồi nhập số điện thoại đứng tên bạn.',
        { id: 'api.phone_not_matching_id' },
      );
    case 'account_exists':
      return msg('Số định danh này đã có tài khoản trên Cổng Dịch vụ công quốc gia.', { id: 'api.account_exists' });
    case 'bhxh_not_found':
      return msg('Không tìm thấy hồ sơ bảo hiểm xã hội với mã số này. Hãy kiểm tra lại mã trên sổ hoặc thẻ BHXH, hoặc dùng số định danh cá nhân (số CCCD).', {
        id: 'api.bhxh_not_found',
      });
    case 'bhxh_mismatch':
      return msg('Thông tin bạn nhập không khớp với hồ sơ bảo hiểm xã hội. Hãy kiểm tra các ô được đánh dấu.', { id: 'api.bhxh_mismatch' });
    case 'username_taken':
      return msg('Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.', { id: 'api.username_taken' });
    case 'otp_invalid':
      if (error.attemptsLeft === 0)
        return msg('Mã OTP không đúng và đã hết lượt thử: mã này không dùng được nữa. Hãy yêu cầu gửi lại mã, hoặc quay lại thông tin đăng ký.', {
          id: 'api.otp_invalid.none-left',
        });
      return error.attemptsLeft === undefined
        ? msg('Mã OTP không đúng. Hãy kiểm tra lại tin nhắn.', { id: 'api.otp_invalid' })
        : msg(str`Mã OTP không đúng. Bạn còn ${error.attemptsLeft} lần thử.`, { id: 'api.otp_invalid.attempts' });
    case 'otp_expired':
      return msg('Mã OTP đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới.', { id: 'api.otp_expired' });
    case 'otp_too_many_attempts':
      return msg('Bạn đã nhập sai mã OTP quá số lần cho phép. Hãy gửi lại thông tin để nhận mã mới; mọi thông tin đã nhập vẫn được giữ.', {
        id: 'api.otp_too_many_attempts',
      });
    case 'registration_expired':
      return msg('Phiên đăng ký đã hết hạn. Hãy gửi lại thông tin để bắt đầu lại; mọi thông tin đã nhập vẫn được giữ.', {
        id: 'api.registration_expired',
      });
    case 'password_rejected':
      return msg('Hệ thống không chấp nhận mật khẩu này. Hãy chọn mật khẩu khác.', { id: 'api.password_rejected' });
    case 'rate_limited':
      return msg('Bạn đã thử quá nhiều lần trong thời gian ngắn. Hãy chờ rồi thử lại.', { id: 'api.rate_limited' });
    case 'not_found':
      // Only the commune list of a province asks for a code; the province list may have changed since it loaded.
      return msg('Không tìm thấy đơn vị hành chính này; danh sách có thể vừa thay đổi. Hãy chọn lại.', { id: 'api.not_found' });
    case 'server_error':
      return msg('Hệ thống đang gặp sự cố. Thông tin bạn nhập vẫn được giữ; hãy thử lại sau ít phút.', { id: 'api.server_error' });
    case 'network':
      return msg('Không kết nối được tới hệ thống. Hãy kiểm tra kết nối mạng rồi thử lại; thông tin bạn nhập vẫn được giữ.', {
        id: 'api.network',
      });
    case 'timeout':
      return msg('Hệ thống phản hồi quá lâu. Hãy thử lại; thông tin bạn nhập vẫn được giữ.', { id: 'api.timeout' });
    case 'bad_response':
      return msg('Hệ thống trả lời không như mong đợi. Hãy thử lại sau ít phút; thông tin bạn nhập vẫn được giữ.', {
        id: 'api.bad_response',
      });
    case 'redirected':
      return msg(
        'Yêu cầu bị chuyển hướng sang một địa chỉ khác nên đã được dừng lại để bảo vệ thông tin của bạn. Nếu bạn đang dùng Wi-Fi công cộng, hãy đăng nhập Wi-Fi rồi thử lại; thông tin bạn nhập vẫn được giữ.',
        { id: 'api.redirected' },
      );
    case 'unknown': {
      if (error.serverText && showable(error.serverText, error.serverLanguage, currentLocale())) return error.serverText;
      const code = error.serverCode ?? (error.status ? `HTTP ${error.status}` : undefined);
      return code
        ? msg(str`Đã có lỗi xảy ra. Hãy thử lại; nếu vẫn không được, hãy báo mã lỗi ${code} cho bộ phận hỗ trợ.`, { id: 'api.unknown.code' })
        : msg('Đã có lỗi xảy ra. Hãy thử lại.', { id: 'api.unknown' });
    }
  }
}

/** Tags, comments, character references: the server meant markup, which would show as garbage. */
const MARKUP = /<[a-z!/?][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
/**
 * Control characters other than ordinary white space, and the invisible bidirectional controls
 * (marks U+061C, U+200E, U+200F; embeddings and overrides U+202A-U+202E; isolates U+2066-U+2069):
 * a right-to-left override shows the rest of the message reversed, so it reads as something else.
 * Refused like the others: text that carried them cannot be trusted to mean the same without them.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Letters only Vietnamese writes (ă đ ơ ư and the tone-marked vowels): what makes unnamed server text Vietnamese. */
const VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;

/**
 * The server's own words are shown only when they are plain text in the language on screen: by
 * the language the server named (Content-Language), or, when it named none, only on a Vietnamese
 * screen and only when written in Vietnamese letters (a proxy's "Service Unavailable" is English).
 * Unnamed text is never shown on an English screen: English cannot be told by its letters from
 * Vietnamese written without marks, nor from a database's or a framework's own words (ORA-01017,
 * a stack frame), which no person should be shown.
 */
export function showable(text: string, language: string | undefined, shown: string): boolean {
  if (MARKUP.test(text) || CONTROL.test(text)) return false;
  if (language) return language.split('-')[0] === shown;
  return shown === 'vi' && VIETNAMESE.test(text.normalize('NFC'));
}

/** Failures where sending the same thing again may well work. */
export function isRetryable(error: ApiError): boolean {
  return ['network', 'timeout', 'server_error', 'bad_response', 'redirected', 'rate_limited'].includes(error.code);
}
