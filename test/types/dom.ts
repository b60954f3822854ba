// A plain TypeScript page using the element: the tag map, the events with their detail types.
import type { CompleteDetail, DvcCompleteEvent, DvcRegister, StepChangeDetail, VneidRedirectDetail } from 'dvc-register';

const created: DvcRegister = document.createElement('dvc-register');
const found: DvcRegister | null = document.querySelector('dvc-register');
created.setAttribute('api-base', '/api/registration');
export const api = found?.api;

created.addEventListener('dvc-complete', (event) => {
  const complete: DvcCompleteEvent = event;
  const detail: CompleteDetail = event.detail;
  detail.username.toUpperCase();
  // @ts-expect-error: the completion never carries a secret.
  void detail.password;
  return complete;
});
document.addEventListener('dvc-step-change', (event) => {
  const detail: StepChangeDetail = event.detail;
  void detail.to;
});
document.body.addEventListener('dvc-before-step-change', (event) => event.preventDefault());
window.addEventListener('dvc-vneid-redirect', (event) => {
  const detail: VneidRedirectDetail = event.detail;
  void detail.state;
});
