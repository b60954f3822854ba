// Vue 3: what vue-tsc checks a template's <dvc-register @dvc-complete="…" api-base="…"> against.
import type {} from 'dvc-register/vue';
import type { GlobalComponents } from 'vue';

type Props = InstanceType<GlobalComponents['dvc-register']>['$props'];

export const props: Props = {
  'api-base': '/api/registration',
  lang: 'vi',
  onDvcComplete: (event) => console.log(event.detail.username),
  onDvcBeforeStepChange: (event) => event.preventDefault(),
};
// @ts-expect-error: the listener gets DvcStepChangeEvent, whose detail has no username.
export const wrong: Props = { onDvcStepChange: (event) => event.detail.username };
