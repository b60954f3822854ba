// React 19: the element in JSX with its attributes, `api` as a property, and ondvc-* listeners.
import type {} from 'dvc-register/react';
import type { DvcRegister } from 'dvc-register';

declare const ref: { current: DvcRegister | null };

export const page = (
  <dvc-register
    ref={ref}
    lang="en"
    api-base="/api/registration"
    methods="phone,bhxh"
    email="required"
    className="portal-widget"
    ondvc-complete={(event) => console.log(event.detail.username, event.detail.assuranceLevel)}
    ondvc-before-step-change={(event) => (event.detail.to === 'done' ? undefined : event.preventDefault())}
    ondvc-vneid-redirect={(event) => console.log(event.detail.url)}
  />
);

// A region is allowed: the widget reads en-US as English.
export const regionLang = <dvc-register lang="en-US" />;
// @ts-expect-error: lang is vi or en (with a region or not).
export const wrongLang = <dvc-register lang="fr" />;
// @ts-expect-error: email is optional or required.
export const wrongEmail = <dvc-register email="sometimes" />;
// @ts-expect-error: the completion's detail is CompleteDetail, not a number.
export const wrongHandler = <dvc-register ondvc-complete={(event: CustomEvent<number>) => event.detail.toFixed()} />;
