/**
 * Vietnamese (source) and English (locales/en.xlf) texts for every validation code. The only file
 * in src/validation that imports @lit/localize, and not exported from index.ts: a Node backend
 * needs the codes, not our words.
 *
 * Functions, not constants: msg() must run at render time to follow a locale switch, and every
 * text is a literal so `lit-localize extract` can find it.
 */
import { msg, str } from '@lit/localize';
import { DEFAULT_MIN_BIRTH_YEAR } from './birth-date.js';
import { DEFAULT_NAME_MAX_LENGTH } from './name.js';
import { DEFAULT_PASSWORD_MAX_LENGTH, DEFAULT_PASSWORD_MIN_LENGTH, DEFAULT_PASSWORD_SPECIALS } from './password.js';
import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from './username.js';
import { isIssueCode } from './result.js';

/** An issue from a parser, a schema or a backend's problem `errors` (any code, any params). */
export interface IssueLike {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Field names with a "please enter …" text of their own when they are empty. */
export type RequiredField =
  | 'idNumber'
  | 'bhxh'
  | 'bhxhCode'
  | 'mst'
  | 'phone'
  | 'fullName'
  | 'birthDate'
  | 'otp'
  | 'password'
  | 'captcha'
  | 'email'
  | 'username'
  | 'gender'
  | 'province'
  | 'commune'
  | 'street';

function requiredMessage(field: string | undefined): string {
  switch (field as RequiredField | undefined) {
    case 'idNumber':
      return msg('Hãy nhập số CCCD.', { id: 'validation.required.idNumber' });
    case 'bhxh':
    case 'bhxhCode':
      return msg('Hãy nhập mã số BHXH.', { id: 'validation.required.bhxh' });
    case 'username':
      return msg('Hãy chọn một tên đăng nhập.', { id: 'validation.required.username' });
    case 'gender':
      return msg('Hãy chọn giới tính.', { id: 'validation.required.gender' });
    case 'province':
      return msg('Hãy chọn tỉnh, thành phố.', { id: 'validation.required.province' });
    case 'commune':
      return msg('Hãy chọn xã, phường hoặc đặc khu.', { id: 'validation.required.commune' });
    case 'street':
      return msg('Hãy nhập số nhà, tên đường hoặc thôn, xóm.', { id: 'validation.required.street' });
    case 'mst':
      return msg('Hãy nhập mã số thuế.', { id: 'validation.required.mst' });
    case 'phone':
      return msg('Hãy nhập số điện thoại di động.', { id: 'validation.required.phone' });
    case 'fullName':
      return msg('Hãy nhập họ và tên.', { id: 'validation.required.fullName' });
    case 'birthDate':
      return msg('Hãy nhập ngày sinh.', { id: 'validation.required.birthDate' });
    case 'otp':
      return msg('Hãy nhập mã OTP.', { id: 'validation.required.otp' });
    case 'password':
      return msg('Hãy nhập mật khẩu.', { id: 'validation.required.password' });
    case 'captcha':
      return msg('Hãy nhập mã xác thực.', { id: 'validation.required.captcha' });
    case 'email':
      return msg('Hãy nhập địa chỉ email.', { id: 'validation.required.email' });
    default:
      return msg('Hãy điền thông tin này.', { id: 'validation.required' });
  }
}

/** "You entered N digits.", added to a length message when the parser counted them. */
function digitsEntered(params: IssueLike['params']): string {
  const count = params?.['count'];
  return typeof count === 'number' ? ` ${msg(str`Bạn đã nhập ${count} chữ số.`, { id: 'validation.digits_entered' })}` : '';
}

/** A value a message quotes was not there (see issueMessage). */
let missing = false;

function param(params: IssueLike['params'], name: string): string {
  const value = params?.[name];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  missing = true;
  return '';
}

/**
 * The widget's own values for rules a backend names without them: its problem `errors` carry a
 * rule's code and no values (docs/openapi.yaml, FieldError).
 */
const KNOWN: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'password.too_short': { min: DEFAULT_PASSWORD_MIN_LENGTH },
  'password.too_long': { max: DEFAULT_PASSWORD_MAX_LENGTH },
  'password.special': { specials: DEFAULT_PASSWORD_SPECIALS },
  'username.length': { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH },
  'name.too_long': { max: DEFAULT_NAME_MAX_LENGTH },
  'date.too_old': { minYear: DEFAULT_MIN_BIRTH_YEAR },
};

/**
 * The text for one issue. `field` picks a specific "please enter …" text for `required`
 * (see RequiredField); other codes name their field themselves. Unknown codes (a newer backend)
 * get a general text rather than nothing.
 */
export function issueMessage(issue: IssueLike, field?: string): string {
  const p: Record<string, unknown> = { ...KNOWN[issue.code] };
  for (const [name, value] of Object.entries(issue.params ?? {})) if (value !== undefined) p[name] = value;
  missing = false;
  const text = issueText(issue.code, p, field);
  // A value the message needs and nobody knows (a CCCD's province from a backend): the general
  // text, never "at least  characters" with a blank.
  return missing ? general() : text;
}

const general = () => msg('Thông tin này chưa hợp lệ. Hãy kiểm tra lại.', { id: 'validation.unknown' });

function issueText(code: string, p: IssueLike['params'], field: string | undefined): string {
  if (!isIssueCode(code)) return general();
  switch (code) {
    case 'required':
      return requiredMessage(field);

    case 'cccd.not_digits':
      return msg('Số CCCD chỉ gồm các chữ số (0–9). Hãy kiểm tra lại.', { id: 'validation.cccd.not_digits' });
    case 'cccd.length':
      return (
        (p?.['allowCmnd'] === true
          ? msg('Số CCCD gồm 12 chữ số (số CMND cũ gồm 9 chữ số).', { id: 'validation.cccd.length.cmnd' })
          : msg('Số CCCD phải gồm 12 chữ số.', { id: 'validation.cccd.length' })) + digitsEntered(p)
      );
    case 'cccd.cmnd_not_allowed':
      return msg('Ở đây không dùng được số CMND 9 chữ số. Hãy nhập số CCCD (số định danh cá nhân) gồm 12 chữ số.', {
        id: 'validation.cccd.cmnd_not_allowed',
      });
    case 'cccd.province_unknown':
      return msg(
        str`Ba chữ số đầu (${param(p, 'province')}) không phải mã tỉnh, thành phố nào. Hãy kiểm tra lại số trên thẻ; nếu đúng, bạn vẫn có thể tiếp tục.`,
        { id: 'validation.cccd.province_unknown' },
      );
    case 'cccd.birth_year_future':
      return msg(
        str`Theo số CCCD này, năm sinh là ${param(p, 'birthYear')}, một năm chưa tới. Hãy kiểm tra lại chữ số thứ 4 đến thứ 6 trên thẻ.`,
        { id: 'validation.cccd.birth_year_future' },
      );
    case 'cccd.birth_year_mismatch':
      return msg(
        str`Theo số CCCD, bạn sinh năm ${param(p, 'cardYear')}, nhưng ngày sinh bạn nhập là năm ${param(p, 'enteredYear')}. Hãy kiểm tra lại; nếu cả hai đều đúng, bạn vẫn có thể tiếp tục.`,
        { id: 'validation.cccd.birth_year_mismatch' },
      );
    case 'cccd.gender_mismatch':
      return p?.['cardGender'] === 'female'
        ? msg('Theo số CCCD, giới tính là nữ, khác với giới tính bạn chọn. Hãy kiểm tra lại; nếu đúng, bạn vẫn có thể tiếp tục.', {
            id: 'validation.cccd.gender_mismatch.female',
          })
        : msg('Theo số CCCD, giới tính là nam, khác với giới tính bạn chọn. Hãy kiểm tra lại; nếu đúng, bạn vẫn có thể tiếp tục.', {
            id: 'validation.cccd.gender_mismatch.male',
          });

    case 'bhxh.not_digits':
      return msg('Mã số BHXH chỉ gồm các chữ số (0–9). Hãy kiểm tra lại.', { id: 'validation.bhxh.not_digits' });
    case 'bhxh.length':
      return (
        msg('Mã số BHXH gồm 10 chữ số; bạn cũng có thể nhập số định danh cá nhân (số CCCD) gồm 12 chữ số.', {
          id: 'validation.bhxh.length',
        }) + digitsEntered(p)
      );

    case 'mst.invalid_chars':
      return msg('Mã số thuế chỉ gồm các chữ số và có thể có dấu gạch ngang (-) trước mã chi nhánh. Hãy kiểm tra lại.', {
        id: 'validation.mst.invalid_chars',
      });
    case 'mst.length':
      return (
        (p?.['allowPersonalId'] === true
          ? msg('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số kèm mã chi nhánh 3 chữ số (ví dụ 0314409058-002), hoặc là số định danh cá nhân 12 chữ số.', {
              id: 'validation.mst.length.personal',
            })
          : msg('Mã số thuế gồm 10 chữ số, hoặc 10 chữ số kèm mã chi nhánh 3 chữ số (ví dụ 0314409058-002).', {
              id: 'validation.mst.length',
            })) + digitsEntered(p)
      );
    case 'mst.personal_id_not_allowed':
      return msg('Ở đây cần mã số thuế 10 chữ số của doanh nghiệp hoặc tổ chức, không dùng số định danh cá nhân 12 chữ số.', {
        id: 'validation.mst.personal_id_not_allowed',
      });
    case 'mst.province_zero':
      return msg('Mã số thuế không thể bắt đầu bằng 00. Hãy kiểm tra lại.', { id: 'validation.mst.province_zero' });
    case 'mst.serial_zero':
      return msg('Mã số thuế không đúng: từ chữ số thứ 3 đến thứ 9 không thể đều là 0. Hãy kiểm tra lại.', {
        id: 'validation.mst.serial_zero',
      });
    case 'mst.checksum':
      return msg('Mã số thuế không đúng: chữ số thứ 10 (chữ số kiểm tra) không khớp với các chữ số trước. Hãy kiểm tra lại từng chữ số.', {
        id: 'validation.mst.checksum',
      });
    case 'mst.branch_zero':
      return msg('Mã chi nhánh (3 chữ số sau dấu gạch ngang) không thể là 000. Nếu là trụ sở chính, chỉ nhập 10 chữ số đầu.', {
        id: 'validation.mst.branch_zero',
      });

    case 'phone.invalid_chars':
      return msg('Số điện thoại chỉ gồm các chữ số, có thể có dấu + ở đầu. Hãy kiểm tra lại.', { id: 'validation.phone.invalid_chars' });
    case 'phone.foreign':
      return msg('Hãy dùng số di động Việt Nam (bắt đầu bằng 0 hoặc +84).', { id: 'validation.phone.foreign' });
    case 'phone.length':
      return msg('Số di động gồm 10 chữ số, bắt đầu bằng 0, ví dụ 0912 345 678. Hãy kiểm tra lại.', { id: 'validation.phone.length' });
    case 'phone.not_mobile':
      return msg('Đây là số máy bàn. Hãy nhập số điện thoại di động để nhận mã OTP qua tin nhắn.', { id: 'validation.phone.not_mobile' });
    case 'phone.invalid':
      return msg('Đây không phải số di động Việt Nam hợp lệ. Hãy kiểm tra lại đầu số và các chữ số.', { id: 'validation.phone.invalid' });

    case 'name.invalid_chars':
      return msg(
        str`Họ và tên chỉ gồm chữ cái tiếng Việt, dấu cách, dấu gạch ngang (-) và dấu nháy ('). Hãy bỏ các ký tự: ${param(p, 'chars')}`,
        { id: 'validation.name.invalid_chars' },
      );
    case 'name.no_letters':
      return msg('Họ và tên phải có chữ cái. Hãy nhập họ và tên như trên giấy tờ tùy thân.', { id: 'validation.name.no_letters' });
    case 'name.too_long':
      return msg(str`Họ và tên dài quá ${param(p, 'max')} ký tự. Hãy kiểm tra lại.`, { id: 'validation.name.too_long' });

    case 'date.format':
      return msg('Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 25/08/1990.', { id: 'validation.date.format' });
    case 'date.impossible':
      return msg('Không có ngày này trên lịch (ví dụ 31/02). Hãy kiểm tra lại ngày và tháng.', { id: 'validation.date.impossible' });
    case 'date.future':
      return msg('Ngày sinh không thể sau ngày hôm nay. Hãy kiểm tra lại.', { id: 'validation.date.future' });
    case 'date.too_old':
      return msg(str`Năm sinh phải từ năm ${param(p, 'minYear')} trở về sau. Hãy kiểm tra lại năm sinh.`, { id: 'validation.date.too_old' });
    case 'date.too_young':
      return msg(str`Bạn cần đủ ${param(p, 'minAgeYears')} tuổi trở lên để đăng ký tài khoản.`, { id: 'validation.date.too_young' });

    case 'otp.not_digits':
      return msg('Mã OTP chỉ gồm 6 chữ số. Hãy kiểm tra lại tin nhắn.', { id: 'validation.otp.not_digits' });
    case 'otp.length':
      return msg('Mã OTP gồm đúng 6 chữ số.', { id: 'validation.otp.length' }) + digitsEntered(p);

    case 'password.too_short':
      return msg(str`Mật khẩu phải có ít nhất ${param(p, 'min')} ký tự.`, { id: 'validation.password.too_short' });
    case 'password.too_long':
      return msg(str`Mật khẩu không được dài quá ${param(p, 'max')} ký tự.`, { id: 'validation.password.too_long' });
    case 'password.lower':
      return msg('Mật khẩu cần có ít nhất một chữ thường (a–z).', { id: 'validation.password.lower' });
    case 'password.upper':
      return msg('Mật khẩu cần có ít nhất một chữ hoa (A–Z).', { id: 'validation.password.upper' });
    case 'password.digit':
      return msg('Mật khẩu cần có ít nhất một chữ số (0–9).', { id: 'validation.password.digit' });
    case 'password.special':
      return msg(str`Mật khẩu cần có ít nhất một ký tự đặc biệt trong số: ${param(p, 'specials')}`, { id: 'validation.password.special' });
    case 'password.contains_id':
      return msg('Mật khẩu không được chứa số CCCD (số giấy tờ) của bạn.', { id: 'validation.password.contains_id' });
    case 'password.contains_phone':
      return msg('Mật khẩu không được chứa số điện thoại của bạn.', { id: 'validation.password.contains_phone' });
    case 'password.contains_name':
      return msg('Mật khẩu không được chứa tên của bạn.', { id: 'validation.password.contains_name' });
    case 'password.confirm_mismatch':
      return msg('Hai mật khẩu chưa khớp nhau. Hãy nhập lại đúng mật khẩu ở trên.', { id: 'validation.password.confirm_mismatch' });

    case 'email.invalid':
      return msg('Địa chỉ email chưa đúng. Hãy nhập theo dạng ten@example.com.', { id: 'validation.email.invalid' });
    case 'username.chars':
      return msg('Tên đăng nhập chỉ gồm chữ cái không dấu (a–z), chữ số, dấu chấm (.) và dấu gạch dưới (_).', {
        id: 'validation.username.chars',
      });
    case 'username.start':
      return msg('Tên đăng nhập phải bắt đầu bằng một chữ cái.', { id: 'validation.username.start' });
    case 'username.length':
      return msg(str`Tên đăng nhập gồm từ ${param(p, 'min')} đến ${param(p, 'max')} ký tự.`, { id: 'validation.username.length' });
    case 'certificate.no_identifier':
    case 'certificate.budget_code_format':
    case 'certificate.passport_format':
      // For backends reading certificates (parseCertificateSubjectId): the widget never shows these,
      // so they cost its first load nothing beyond the general text.
      return general();
  }
}

/**
 * The short label of a password rule in the live checklist ("Ít nhất 8 ký tự"). Pass a rule from
 * `checkPassword(…).rules` (its params carry the numbers and characters), or a code and params.
 */
export function passwordRuleLabel(rule: string | IssueLike, rawParams?: Readonly<Record<string, unknown>>): string {
  const code = typeof rule === 'string' ? rule : rule.code;
  const params = typeof rule === 'string' ? rawParams : rule.params;
  switch (code) {
    case 'password.too_short':
      return msg(str`Ít nhất ${param(params, 'min') || DEFAULT_PASSWORD_MIN_LENGTH} ký tự`, { id: 'validation.password.rule.too_short' });
    case 'password.too_long':
      return msg(str`Không quá ${param(params, 'max') || DEFAULT_PASSWORD_MAX_LENGTH} ký tự`, { id: 'validation.password.rule.too_long' });
    case 'password.lower':
      return msg('Một chữ thường (a–z)', { id: 'validation.password.rule.lower' });
    case 'password.upper':
      return msg('Một chữ hoa (A–Z)', { id: 'validation.password.rule.upper' });
    case 'password.digit':
      return msg('Một chữ số (0–9)', { id: 'validation.password.rule.digit' });
    case 'password.special':
      return msg(str`Một ký tự đặc biệt (${param(params, 'specials') || DEFAULT_PASSWORD_SPECIALS})`, { id: 'validation.password.rule.special' });
    case 'password.contains_id':
      return msg('Không chứa số CCCD của bạn', { id: 'validation.password.rule.contains_id' });
    case 'password.contains_phone':
      return msg('Không chứa số điện thoại của bạn', { id: 'validation.password.rule.contains_phone' });
    case 'password.contains_name':
      return msg('Không chứa tên của bạn', { id: 'validation.password.rule.contains_name' });
    default:
      return code;
  }
}
