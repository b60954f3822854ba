/**
 * The demo page's control panel for the fake signing plugin, beside the widget like the mock SMS
 * inbox: what the "computer" has (plugin installed, missing, outdated…), whose token is plugged in,
 * and the state of its certificate. The widget uses this fake instead of a real local plugin.
 */
import {
  FAKE_PLUGIN_MODES,
  FakeSigningPlugin,
  type FakeCertificateState,
  type FakeHolder,
  type FakePluginMode,
} from '../src/signing/fake.js';

const MODE_LABELS: Record<FakePluginMode, string> = {
  ready: 'Installed, signs · Đã cài, ký được',
  missing: 'Not installed · Chưa cài',
  outdated: 'Outdated (1.0.0) · Phiên bản cũ',
  'no-token': 'No token plugged in · Chưa cắm USB',
  cancel: 'Person cancels the PIN dialog · Hủy nhập PIN',
  'pin-locked': 'PIN locked · PIN bị khóa',
  'domain-refused': 'Site not licensed · Chưa cấp phép tên miền',
  timeout: 'Does not answer · Không trả lời',
  'unknown-error': 'Unknown error FAKE-42 · Lỗi không rõ',
};
const HOLDERS: Record<FakeHolder, string> = {
  citizen: 'Citizen · CCCD 001099012345',
  business: 'Business · MST 0100233488',
  agency: 'Agency · MNS 1012345',
};
const STATES: Record<FakeCertificateState, string> = {
  valid: 'Valid · Còn hiệu lực',
  expired: 'Expired · Hết hạn',
  'not-yet-valid': 'Not yet valid · Chưa có hiệu lực',
  revoked: 'Revoked · Đã thu hồi',
};

function select<T extends string>(label: string, id: string, options: Record<T, string>, value: T, onChange: (value: T) => void): HTMLElement {
  const wrapper = document.createElement('p');
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const selectEl = document.createElement('select');
  selectEl.id = id;
  for (const [key, text] of Object.entries(options) as [T, string][]) selectEl.add(new Option(text, key, false, key === value));
  selectEl.addEventListener('change', () => onChange(selectEl.value as T));
  wrapper.append(labelEl, document.createElement('br'), selectEl);
  return wrapper;
}

export function mountFakePluginPanel(container: Element, widget: HTMLElement & { signingPlugin?: unknown }): FakeSigningPlugin {
  // A little delay so "looking for the plugin" and "waiting for the PIN" are visible.
  const plugin = new FakeSigningPlugin({ delayMs: 800 });
  widget.signingPlugin = plugin;
  const modes = Object.fromEntries(FAKE_PLUGIN_MODES.map((m) => [m, MODE_LABELS[m]])) as Record<FakePluginMode, string>;
  container.append(
    select('Plugin · Công cụ ký số', 'fake-plugin-mode', modes, plugin.settings.mode, (v) => (plugin.settings.mode = v)),
    select('Token holder · Chủ USB', 'fake-plugin-holder', HOLDERS, plugin.settings.holder, (v) => (plugin.settings.holder = v)),
    select('Certificate · Chứng thư số', 'fake-plugin-certificate', STATES, plugin.settings.certificate, (v) => (plugin.settings.certificate = v)),
  );
  return plugin;
}
