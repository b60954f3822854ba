/**
 * The provincial-palette stories: each renders and is accessible in both locales (contrast
 * included), and the palette really reaches inside the widget's shadow roots.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as stories from '../../stories/theming/provincial-palette.stories.js';
import { HUE_PALETTE } from '../../stories/theming/hue-palette.js';
import { deepQueryAll, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { runStories } from './run-stories.js';

runStories(stories);

/** rgb(91, 42, 134) for #5b2a86. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('the provincial palette', () => {
  it('colours the primary button and sets the font inside the shadow roots', async () => {
    await useMockBackend();
    const container = document.body.appendChild(document.createElement('div'));
    try {
      render(stories.default.render({}, { globals: { locale: 'vi' } }), container);
      const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(container, 'button[type=submit], button.primary')[0], {
        message: 'a primary button',
      });
      const looks = getComputedStyle(button);
      expect(looks.backgroundColor).to.equal(rgb(HUE_PALETTE['--dvc-color-primary']));
      expect(looks.color).to.equal(rgb(HUE_PALETTE['--dvc-color-on-primary']));
      expect(looks.fontFamily).to.contain('Georgia');
      expect(looks.borderTopLeftRadius).to.equal('0px');
    } finally {
      container.remove();
    }
  });
});
