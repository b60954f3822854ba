import { html } from 'lit';
import type { Method as MethodKey, Offer, Subject as SubjectKey } from '../../src/flow/catalog.js';
import { initialState } from '../../src/flow/flow.js';
import '../../src/steps/method/method-step.js';
import '../../src/steps/subject/subject-step.js';
import { pressPrimary, shows } from '../support/drive.js';
import type { RenderContext, Story, StoryMeta } from '../support/story.js';

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
  title: 'Steps/Subject and method',
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-subject .state=${initialState(wideOffer)}></dvc-step-subject>
  </div>`,
} satisfies StoryMeta;

export const Subject: Story = {};

export const SubjectNotChosen: Story = {
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '.error-message');
  },
};

export const Method: Story = {
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-method .state=${{ ...initialState(wideOffer), step: 'method', subject: 'citizen' }}></dvc-step-method>
  </div>`,
};

export const MethodForBusiness: Story = {
  render: (_args, context) => html`<div lang=${lang(context)}>
    <dvc-step-method .state=${{ ...initialState(wideOffer), step: 'method', subject: 'business' }}></dvc-step-method>
  </div>`,
};
