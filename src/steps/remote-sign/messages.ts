/**
 * What the remote-signing steps say, by method and outcome. Functions, so msg() runs at render
 * time and follows a locale switch.
 */
import type { HolderKind } from '../../api/certificate-holder.js';
import { msg, str } from '@lit/localize';
import type { Subject } from '../../flow/catalog.js';
import { subjectLabel } from '../labels.js';
import { chooseSubjectAdvice } from '../subject-advice.js';

export type RemoteMethod = 'sim' | 'smartca';

/** Every way a wait can end other than a usable confirmation; each has its own screen. */
export type Outcome =
  | 'rejected'
  | 'expired'
  | 'pin_failed'
  | 'key_locked'
  | 'signing_failed'
  | 'sim_not_registered'
  | 'subscriber_not_found'
  | 'cancelled'
  | 'unreachable'
  | 'failed'
  | 'wrong_holder';

export const OUTCOMES: readonly Outcome[] = [
  'rejected',
  'expired',
  'pin_failed',
  'key_locked',
  'signing_failed',
  'sim_not_registered',
  'subscriber_not_found',
  'cancelled',
  'unreachable',
  'failed',
  'wrong_holder',
];

/** The next actions an outcome offers, the first one the main one. */
export type OutcomeAction = 'resend' | 'change' | 'other-method' | 'check-again';

export function outcomeActions(outcome: Outcome): readonly OutcomeAction[] {
  switch (outcome) {
    case 'rejected':
    case 'expired':
    case 'pin_failed':
    case 'cancelled':
    case 'failed':
      return ['resend', 'change'];
    case 'signing_failed':
      return ['resend', 'other-method'];
    case 'key_locked':
    case 'sim_not_registered':
    case 'subscriber_not_found':
    case 'wrong_holder':
      return ['change', 'other-method'];
    case 'unreachable':
      return ['check-again', 'resend'];
  }
}

export function formHeading(method: RemoteMethod): string {
  return method === 'sim'
    ? msg('Đăng ký bằng SIM ký số', { id: 'remote.sim.heading' })
    : msg('Đăng ký bằng VNPT SmartCA', { id: 'remote.smartca.heading' });
}

export function formIntro(method: RemoteMethod): string {
  return method === 'sim'
    ? msg(
        'Nhập số điện thoại của SIM ký số rồi bấm “Đăng ký”. Điện thoại sẽ nhận một yêu cầu xác nhận: bạn xác nhận và nhập mã PIN của SIM ngay trên điện thoại, không nhập vào trang này.',
        { id: 'remote.sim.intro' },
      )
    : msg(
        'Nhập tên đăng nhập VNPT SmartCA (là số CCCD của bạn) rồi bấm “Đăng ký”. Ứng dụng VNPT SmartCA trên điện thoại sẽ nhận một yêu cầu để bạn xác nhận.',
        { id: 'remote.smartca.intro' },
      );
}

export function waitingHeading(method: RemoteMethod): string {
  return method === 'sim'
    ? msg('Kiểm tra điện thoại: xác nhận và nhập mã PIN của SIM ký số', { id: 'remote.sim.waiting' })
    : msg('Mở ứng dụng VNPT SmartCA và xác nhận yêu cầu', { id: 'remote.smartca.waiting' });
}

export function waitingSentTo(method: RemoteMethod, to: string): string {
  return method === 'sim'
    ? msg(str`Yêu cầu ký số đã được gửi đến số ${to}.`, { id: 'remote.sim.sent-to' })
    : msg(str`Yêu cầu ký số đã được gửi đến tài khoản VNPT SmartCA ${to}.`, { id: 'remote.smartca.sent-to' });
}

export function waitingSteps(method: RemoteMethod): string[] {
  return method === 'sim'
    ? [
        msg('Mở thông báo yêu cầu ký số trên điện thoại (từ nhà mạng).', { id: 'remote.sim.step.open' }),
        msg('Kiểm tra mã yêu cầu trên điện thoại trùng với mã ở đây.', { id: 'remote.step.match' }),
        msg('Xác nhận và nhập mã PIN của SIM ký số trên điện thoại.', { id: 'remote.sim.step.pin' }),
      ]
    : [
        msg('Mở ứng dụng VNPT SmartCA trên điện thoại.', { id: 'remote.smartca.step.open' }),
        msg('Kiểm tra mã yêu cầu trên điện thoại trùng với mã ở đây.', { id: 'remote.step.match' }),
        msg('Xác nhận yêu cầu trong ứng dụng (bằng mã PIN hoặc vân tay, khuôn mặt).', { id: 'remote.smartca.step.confirm' }),
      ];
}

export function outcomeTitle(outcome: Outcome, method: RemoteMethod): string {
  switch (outcome) {
    case 'rejected':
      return msg('Yêu cầu đã bị từ chối', { id: 'remote.rejected.title' });
    case 'expired':
      return msg('Yêu cầu đã hết hạn', { id: 'remote.expired.title' });
    case 'pin_failed':
      return msg('Mã PIN không đúng', { id: 'remote.pin_failed.title' });
    case 'key_locked':
      return msg('Chữ ký số đang bị khóa', { id: 'remote.key_locked.title' });
    case 'signing_failed':
      return msg('Chưa ký được', { id: 'remote.signing_failed.title' });
    case 'sim_not_registered':
      return msg('SIM chưa có dịch vụ ký số', { id: 'remote.sim_not_registered.title' });
    case 'subscriber_not_found':
      return method === 'sim'
        ? msg('Không tìm thấy thuê bao', { id: 'remote.subscriber_not_found.sim.title' })
        : msg('Không tìm thấy tài khoản VNPT SmartCA', { id: 'remote.subscriber_not_found.smartca.title' });
    case 'cancelled':
      return msg('Đã hủy yêu cầu', { id: 'remote.cancelled.title' });
    case 'unreachable':
      return msg('Không liên lạc được với hệ thống', { id: 'remote.unreachable.title' });
    case 'failed':
      return msg('Không tiếp tục được yêu cầu này', { id: 'remote.failed.title' });
    case 'wrong_holder':
      return msg('Chứng thư số không khớp với đối tượng đăng ký', { id: 'remote.wrong_holder.title' });
  }
}

/**
 * `failure` is the backend's own message (for "failed"); `holderKind` for "wrong_holder", with the
 * subjects the portal offers (`offered`), so that only those are advised; `otherWay` when another
 * method or subject can be chosen, so that it is advised only then.
 */
export function outcomeBody(
  outcome: Outcome,
  method: RemoteMethod,
  o: { subject?: Subject; holderKind?: HolderKind; offered?: readonly Subject[]; otherWay?: boolean; failure?: string },
): string {
  switch (outcome) {
    case 'rejected':
      return msg('Yêu cầu ký đã bị từ chối trên điện thoại. Nếu đó là nhầm lẫn, hãy gửi lại yêu cầu và bấm xác nhận.', {
        id: 'remote.rejected.body',
      });
    case 'expired':
      return msg('Điện thoại chưa xác nhận trong thời gian cho phép. Hãy gửi lại yêu cầu và xác nhận trước khi hết giờ.', {
        id: 'remote.expired.body',
      });
    case 'pin_failed':
      return msg('Mã PIN nhập trên điện thoại không đúng. Hãy gửi lại yêu cầu và nhập lại mã PIN cẩn thận: nhập sai nhiều lần sẽ khóa chữ ký số.', {
        id: 'remote.pin_failed.body',
      });
    case 'key_locked':
      return (
        (method === 'sim'
          ? msg('Mã PIN đã bị nhập sai quá số lần cho phép nên chữ ký số trên SIM bị khóa. Hãy liên hệ nhà mạng để mở khóa.', {
              id: 'remote.key_locked.sim.body',
            })
          : msg('Chữ ký số trong VNPT SmartCA đang bị khóa. Hãy liên hệ VNPT (tổng đài 18001260) để mở khóa.', {
              id: 'remote.key_locked.smartca.body',
            })) + otherWay(o.otherWay)
      );
    case 'signing_failed':
      return (
        msg('Dịch vụ chữ ký số không ký được yêu cầu này. Hãy thử gửi lại yêu cầu sau ít phút.', {
          id: 'remote.signing_failed.body',
        }) + otherWay(o.otherWay)
      );
    case 'sim_not_registered':
      return msg('Số điện thoại này chưa đăng ký (hoặc chưa kích hoạt) dịch vụ SIM ký số. Hãy kiểm tra lại số, hoặc liên hệ nhà mạng để đăng ký dịch vụ.', {
        id: 'remote.sim_not_registered.body',
      });
    case 'subscriber_not_found':
      return method === 'sim'
        ? msg('Nhà mạng không tìm thấy thuê bao này. Hãy kiểm tra lại số điện thoại.', { id: 'remote.subscriber_not_found.sim.body' })
        : msg('VNPT SmartCA không có tài khoản với số CCCD này. Hãy kiểm tra lại số, hoặc đăng ký VNPT SmartCA trước.', {
            id: 'remote.subscriber_not_found.smartca.body',
          });
    case 'cancelled':
      return msg('Bạn đã hủy yêu cầu ký. Nếu điện thoại vẫn hiện yêu cầu này, hãy bỏ qua nó.', { id: 'remote.cancelled.body' });
    case 'unreachable':
      return msg(
        'Không kiểm tra được kết quả vì không liên lạc được với hệ thống. Nếu bạn đã xác nhận trên điện thoại, hãy bấm “Kiểm tra lại” khi có mạng.',
        { id: 'remote.unreachable.body' },
      );
    case 'failed':
      return o.failure ?? '';
    case 'wrong_holder': {
      const holder = o.holderKind ? holderKindLabel(o.holderKind) : '';
      const subject = o.subject ? subjectLabel(o.subject) : '';
      return (
        msg(str`Chứng thư số vừa ký được cấp cho đối tượng “${holder}”, nhưng bạn đang đăng ký cho “${subject}”. Hãy dùng chữ ký số của đúng đối tượng.`, {
          id: 'remote.wrong_holder.body',
        }) + (o.holderKind ? chooseSubjectAdvice(o.holderKind, o.offered ?? []) : '')
      );
    }
  }
}

/** " Or choose another way to register.", only where there is another way (its action is offered then too). */
function otherWay(offered: boolean | undefined): string {
  return offered ? ' ' + msg('Hoặc chọn cách đăng ký khác.', { id: 'remote.other-way' }) : '';
}

export function actionLabel(action: OutcomeAction, method: RemoteMethod): string {
  switch (action) {
    case 'resend':
      return msg('Gửi lại yêu cầu', { id: 'remote.action.resend' });
    case 'change':
      return method === 'sim'
        ? msg('Đổi số điện thoại', { id: 'remote.action.change.sim' })
        : msg('Đổi tên đăng nhập SmartCA', { id: 'remote.action.change.smartca' });
    case 'other-method':
      return msg('Chọn cách đăng ký khác', { id: 'remote.action.other-method' });
    case 'check-again':
      return msg('Kiểm tra lại', { id: 'remote.action.check-again' });
  }
}

/** Said to screen readers at the start, at one minute left and at the end; never every second. */
export function milestoneText(milestone: 'start' | 'one-minute' | 'end', seconds: number): string {
  switch (milestone) {
    case 'start': {
      const minutes = Math.max(1, Math.round(seconds / 60));
      if (minutes === 1) return msg('Đã gửi yêu cầu. Bạn có khoảng 1 phút để xác nhận trên điện thoại.', { id: 'remote.announce.start.one' });
      return msg(str`Đã gửi yêu cầu. Bạn có khoảng ${minutes} phút để xác nhận trên điện thoại.`, { id: 'remote.announce.start' });
    }
    case 'one-minute':
      return msg('Còn 1 phút để xác nhận trên điện thoại.', { id: 'remote.announce.one-minute' });
    case 'end':
      return msg('Đã hết thời gian chờ xác nhận.', { id: 'remote.announce.end' });
  }
}

/** A certificate's holder kind, in the words of the wrong-holder message. */
function holderKindLabel(kind: HolderKind): string {
  return kind === 'person' ? msg('Cá nhân', { id: 'remote.holder-kind.person' }) : msg('Tổ chức', { id: 'remote.holder-kind.organization' });
}
