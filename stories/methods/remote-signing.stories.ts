import type { HttpHandler } from 'msw';
import { REMOTE_MAGIC, remoteSigningMock, remoteSigningScenarios } from '../../src/mocks/remote-signing.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import { atStep, fill, pressPrimary, shows } from '../support/drive.js';
import { widget, type PlayContext, type SetupContext, type Story, type StoryMeta } from '../support/story.js';

/**
 * SIM ký số and VNPT SmartCA: the number or user id, the waiting screen (short code, countdown,
 * cancel, connection notices), every way the wait can end, and the certificate holder. Each
 * story's first status answer comes about 2 s after "Đăng ký", as on the real portal.
 */
export default {
  title: 'Phương thức — Methods/Ký số từ xa — Remote signing',
  render: widget({ subjects: 'citizen', methods: 'sim' }),
} satisfies StoryMeta;

const SIM = widget({ subjects: 'citizen', methods: 'sim' });
const SMARTCA = widget({ subjects: 'citizen', methods: 'smartca' });
const BUSINESS_SIM = widget({ subjects: 'business', methods: 'sim' });

/** Sends the request from the form (SIM by default). */
async function send(root: Element, value = '0912 345 678', field = 'phone'): Promise<void> {
  await atStep(root, 'dvc-step-remote-sign');
  await fill(root, field, value);
  await pressPrimary(root);
}

async function waiting(root: Element): Promise<void> {
  await shows(root, '.short-code');
}

/** Until the wait has ended on the screen for an outcome (its alert with its actions). */
async function outcome(root: Element): Promise<void> {
  await waitFor(() => deepQueryAll(root, 'dvc-step-remote-sign').some((s) => s.shadowRoot?.querySelector('[data-alert] button')), {
    timeout: 15_000,
    message: 'an outcome screen',
  });
}

/** A story that sends the request and shows how the wait ends under `scenario`. */
function ending(scenario: () => HttpHandler[], o: { render?: Story['render']; value?: string; field?: string } = {}): Story {
  return {
    ...(o.render ? { render: o.render } : {}),
    beforeEach: ({ msw }: SetupContext) => {
      remoteSigningMock.reset();
      msw.use(...scenario());
    },
    play: async ({ canvasElement }: PlayContext) => {
      await send(canvasElement, o.value, o.field);
      await outcome(canvasElement);
    },
  };
}

const fresh = () => remoteSigningMock.reset();

export const SimForm: Story = { name: 'Biểu mẫu SIM ký số — SIM signature form', beforeEach: fresh };

export const SmartcaForm: Story = { name: 'Biểu mẫu VNPT SmartCA — VNPT SmartCA form', render: SMARTCA, beforeEach: fresh };

/** The SIM's number is not a mobile number: the field says why. */
export const InvalidNumber: Story = {
  name: 'Không phải số di động — Not a mobile number',
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    await send(canvasElement, '024 3825 1234');
    await shows(canvasElement, '[data-error-summary]');
  },
};

export const SimWaiting: Story = {
  name: 'Chờ xác nhận trên SIM — Waiting for the SIM',
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waiting(canvasElement);
  },
};

export const SmartcaWaiting: Story = {
  name: 'Chờ xác nhận trên SmartCA — Waiting for SmartCA',
  render: SMARTCA,
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    await send(canvasElement, '001099012345', 'idNumber');
    await waiting(canvasElement);
  },
};

/** The network is gone: "waiting for connection", and the page keeps trying by itself. */
export const WaitingForConnection: Story = {
  name: 'Chờ có mạng — Waiting for a connection',
  beforeEach: ({ msw }) => {
    remoteSigningMock.reset();
    msw.use(...remoteSigningScenarios.statusOffline());
  },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await shows(canvasElement, '.alert-info');
  },
};

/** The backend answers 503 with Retry-After once: "answering slowly", still checking. */
export const BackendSlow: Story = {
  name: 'Hệ thống trả lời chậm — Backend slow',
  beforeEach: ({ msw }) => {
    remoteSigningMock.reset();
    msw.use(...remoteSigningScenarios.statusBusy());
  },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await shows(canvasElement, '.alert-info');
  },
};

export const Rejected: Story = { ...ending(remoteSigningScenarios.rejected), name: 'Bị từ chối trên điện thoại — Rejected on the phone' };
export const Expired: Story = { ...ending(remoteSigningScenarios.expired), name: 'Hết thời gian chờ — Expired' };
export const WrongPin: Story = { ...ending(remoteSigningScenarios.pinFailed), name: 'Sai mã PIN — Wrong PIN' };
export const KeyLocked: Story = { ...ending(remoteSigningScenarios.keyLocked), name: 'Khóa ký số bị khóa — Key locked' };
export const SigningFailed: Story = { ...ending(remoteSigningScenarios.signingFailed), name: 'Ký số không thành công — Signing failed' };
export const SimNotRegistered: Story = { ...ending(() => [], { value: REMOTE_MAGIC.simNotRegistered.replace('+84', '0') }), name: 'SIM chưa đăng ký ký số — SIM not registered' };
export const SubscriberNotFound: Story = { ...ending(remoteSigningScenarios.subscriberNotFound), name: 'Không tìm thấy thuê bao — Subscriber not found' };
export const SmartcaUserNotFound: Story = { ...ending(() => [], { render: SMARTCA, value: REMOTE_MAGIC.smartcaUserNotFound, field: 'idNumber' }), name: 'Không tìm thấy tài khoản SmartCA — SmartCA user not found' };
/** The transaction is unknown to the backend (404): start again. */
export const TransactionUnknown: Story = { ...ending(remoteSigningScenarios.statusUnknown), name: 'Hệ thống không còn giao dịch — Transaction unknown' };
/** The deadline passed while the backend could not be reached. */
export const Unreachable: Story = {
  name: 'Mất kết nối đến hết hạn — Unreachable until the deadline',
  beforeEach: ({ msw }) => {
    remoteSigningMock.reset();
    remoteSigningMock.expiresIn = 3;
    msw.use(...remoteSigningScenarios.statusOffline());
  },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await outcome(canvasElement);
  },
};
/** A citizen's certificate for a business registration. */
export const WrongHolder: Story = { ...ending(remoteSigningScenarios.confirmed, { render: BUSINESS_SIM, value: REMOTE_MAGIC.citizenCertificate.replace('+84', '0') }), name: 'Chứng thư số không đúng đối tượng — Wrong holder' };

/** The person pressed "Hủy yêu cầu" / "Cancel the request". */
export const Cancelled: Story = {
  name: 'Đã hủy yêu cầu — Cancelled',
  beforeEach: fresh,
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waiting(canvasElement);
    const cancel = await waitFor(() => deepQueryAll<HTMLButtonElement>(canvasElement, 'button.secondary')[0]);
    cancel.click();
    await outcome(canvasElement);
  },
};

/** Confirmed: the holder read from the certificate, email and captcha. */
function holder(render: Story['render']): Story {
  return {
    render,
    beforeEach: ({ msw }) => {
      remoteSigningMock.reset();
      msw.use(...remoteSigningScenarios.confirmed());
    },
    play: async ({ canvasElement }) => {
      await send(canvasElement);
      await atStep(canvasElement, 'dvc-step-remote-holder');
      await shows(canvasElement, '#holder-title');
    },
  };
}

export const CitizenHolder: Story = { ...holder(SIM), name: 'Chủ chứng thư là công dân — Holder: citizen' };
export const BusinessHolder: Story = { ...holder(BUSINESS_SIM), name: 'Chủ chứng thư là doanh nghiệp — Holder: business' };
export const AgencyHolder: Story = { ...holder(widget({ subjects: 'agency', methods: 'sim' })), name: 'Chủ chứng thư là cơ quan nhà nước — Holder: state agency' };
