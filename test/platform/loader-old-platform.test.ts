/**
 * A browser that parses the loader but lacks what the widget needs (here: custom elements, as in
 * pre-2018 browsers) gets the message without the core even being fetched.
 */
import { expect } from '@open-wc/testing';
import { clean, waitFor } from '../helpers/dom.js';

describe('the built loader, on a platform without custom elements', () => {
  it('fills every widget on the page with the "browser too old" message and fetches nothing more', async () => {
    document.body.insertAdjacentHTML('beforeend', '<dvc-register lang="en" id="en"></dvc-register><dvc-register id="vi"></dvc-register>');
    const registry = Object.getOwnPropertyDescriptor(window, 'customElements') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'customElements');
    Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
    try {
      // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
      await import('../../dist/dvc-register.js');
      await waitFor(() => document.getElementById('vi')!.querySelector('[role=alert]'), { message: 'the message' });
    } finally {
      if (registry) Object.defineProperty(window, 'customElements', registry);
      else delete (window as { customElements?: unknown }).customElements;
    }
    expect(clean(document.getElementById('en')!.textContent)).to.match(/^This browser is too old/);
    expect(clean(document.getElementById('vi')!.textContent)).to.match(/^Trình duyệt này quá cũ/);
    const fetched = performance.getEntriesByType('resource').map((r) => r.name);
    expect(fetched.filter((name) => /\/dist\/chunks\//.test(name))).to.deep.equal([]);
  });
});
