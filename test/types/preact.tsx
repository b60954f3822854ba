/** @jsxImportSource preact */
// Preact: the same element through preact's JSX namespace.
import type {} from 'dvc-register/preact';

export const page = (
  <dvc-register api-base="/api/registration" subjects="citizen" ondvc-step-change={(event) => console.log(event.detail.from, event.detail.to)} />
);

// @ts-expect-error: plugin is vgca or vnpt-ca.
export const wrongPlugin = <dvc-register plugin="bkav" />;
