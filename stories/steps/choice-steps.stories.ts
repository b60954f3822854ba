import { html } from 'lit';
import type { Method as MethodKey, Offer, Subject as SubjectKey } from '../../src/flow/catalog.js';
import { initialState } from '../../src/flow/flow.js';
import '../../src/steps/method/method-step.js';
import '../../src/steps/subject/subject-step.js';
import { pressPrimary, shows } from '../support/drive.js';
import { type RenderContext, type Story, type StoryMeta, docsFor } from '../support/story.js';

/**
 * The subject and method steps, shown with a portal offer that has every subject and the citizen
 * methods, so designers see them as they will be once those methods are built. (With only the
 * phone method built, the widget itself skips both steps: there is nothing to choose.)
 */
const wideOffer: Offer = {
  subjects: ['citizen', 'business', 'agency'] as SubjectKey[],
  methods: {
    citizen: ['phone', 'bhxh', 'vnpost', 'usb', 'sim', 'smartca', 'vneid'] as MethodKey[],
    business: ['usb', 'sim'] as MethodKey[],
    agency: ['usb', 'sim'] as MethodKey[],
  },
};

const lang = ({ globals }: RenderContext) => globals.locale ?? 'vi';

export default {
  title: 'Các bước — Steps/Đối tượng và phương thức — Subject and method',
  ...docsFor('SubjectStep', { controls: false }),
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-subject .state=${initialState(wideOffer)}></dvc-step-subject>
  </div>`,
} satisfies StoryMeta;

export const Subject: Story = { name: 'Đối tượng — Subject' };

export const SubjectNotChosen: Story = {
  name: 'Chưa chọn đối tượng — Subject not chosen',
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '.error-message');
  },
};

export const Method: Story = {
  name: 'Phương thức — Method',
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-method .state=${{ ...initialState(wideOffer), step: 'method', subject: 'citizen' }}></dvc-step-method>
  </div>`,
};

export const MethodForBusiness: Story = {
  name: 'Phương thức cho doanh nghiệp — Method for a business',
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-method .state=${{ ...initialState(wideOffer), step: 'method', subject: 'business' }}></dvc-step-method>
  </div>`,
};
