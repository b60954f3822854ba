/**
 * The loader opens this tab's sessionStorage while the core is on its way: a page's first use of
 * it waits for the browser (a few ms on a cheap phone), and the core reads the draft before its
 * first paint.
 */
import { expect } from '@open-wc/testing';

describe('the built loader (dist/dvc-register.js)', () => {
  it('uses sessionStorage before the core has defined <dvc-register>', async () => {
    const owner = Object.getOwnPropertyDescriptor(window, 'sessionStorage') ? window : Window.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'sessionStorage')!;
    const uses: string[] = [];
    Object.defineProperty(owner, 'sessionStorage', {
      ...descriptor,
      get() {
        uses.push(customElements.get('dvc-register') ? 'after the core' : 'before the core');
        return descriptor.get!.call(this);
      },
    });
    try {
      document.body.append(document.createElement('dvc-register'));
      // @ts-expect-error: the built file has no type declarations; it is tested as a page loads it.
      await import('../../dist/dvc-register.js');
      await customElements.whenDefined('dvc-register');
      expect(uses[0]).to.equal('before the core');
    } finally {
      Object.defineProperty(owner, 'sessionStorage', descriptor);
      document.querySelector('dvc-register')?.remove();
    }
  });
});
