/**
 * Localized words for every backend failure. Known codes get our own message; an unknown code
 * shows the server's own text, which templates render as text, never as HTML.
 */
import { msg, str } from '@lit/localize';
import type { ApiError } from './errors.js';

export function problemMessage(error: ApiError): string {
  switch (error.code) {
    case 'validation_failed':
      return msg('Một số thông tin chưa hợp lệ. Hãy sửa các ô được đánh dấu.', { id: 'api.validation_failed' });
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
    case 'unknown':
      return error.serverText ?? msg('Đã có lỗi xảy ra. Hãy thử lại.', { id: 'api.unknown' });
  }
}

/** Failures where sending the same thing again may well work. */
export function isRetryable(error: ApiError): boolean {
  return ['network', 'timeout', 'server_error', 'bad_response'].includes(error.code);
}
