/**
 * What a person sees where a part of the widget could not be downloaded: what happened, that
 * nothing they typed is lost, and a button that fetches the part again. Shown in the place of the
 * missing step or field, never as a blank.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { alertBox } from '../fields/alert.js';
import { chunkChanges, type Chunk } from './chunk.js';

/**
 * The failure box of a chunk. `heading` when it stands in for a whole step (focus lands on it
 * as on any step's heading); otherwise it sits inside a form in place of one part.
 */
export function loadFailure(chunk: Chunk, { heading = false, onLoaded }: { heading?: boolean; onLoaded?: () => void } = {}): TemplateResult {
  const retry = () => {
    chunk.load().then(
      () => onLoaded?.(),
      () => {
        // Still failing: the box stays, its text is announced again.
      },
    );
  };
  const text = msg('Không tải được phần này. Kiểm tra mạng rồi bấm "Thử lại"; những gì bạn nhập vẫn còn.', {
    id: 'loading.failed',
  });
  const body = heading
    ? html`<h3 tabindex="-1">${msg('Không tải được bước này', { id: 'loading.failed-heading' })}</h3>
        <p>${text}</p>`
    : text;
  return html`<div class="load-failure" data-chunk=${chunk.name}>
    ${alertBox(
      'error',
      body,
      html`<button type="button" class="secondary" aria-disabled=${chunk.status === 'loading' ? 'true' : 'false'} @click=${retry}>
          ${chunk.status === 'loading' ? msg('Đang tải…', { id: 'loading.retrying' }) : msg('Thử lại', { id: 'action.retry' })}
        </button>
        ${chunk.failures > 1
          ? // A browser that remembers a failed file for the whole page (a part this one shares
            // with others) only gets it again after a reload; the draft keeps what was typed.
            html`<button type="button" class="secondary" @click=${() => location.reload()}>${msg('Tải lại trang', { id: 'loading.reload' })}</button>`
          : nothing}`,
    )}
  </div>`;
}

/**
 * Re-renders its host whenever an on-demand chunk starts, finishes or fails loading. A chunk can
 * start loading while the host is rendering (a step it connects asks for the backend client):
 * the re-render is asked for once that render is over, not in the middle of it.
 */
export class ChunkStatusController implements ReactiveController {
  private readonly onChange = () => queueMicrotask(() => this.host.requestUpdate());

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    chunkChanges.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    chunkChanges.removeEventListener('change', this.onChange);
  }
}
