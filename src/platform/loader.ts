/**
 * The file portal pages load (built as dist/dvc-register.js). It must run in browsers far older
 * than the support floor, so that a person there reads a sentence instead of a blank box:
 *
 * - a module that fails to parse runs none of its code, so the widget itself (ES2021, see
 *   "Browser support" in the README) is not imported statically but with import() below, after
 *   a check of the platform features it cannot work without;
 * - a browser that fails the check, or cannot parse or run the widget, gets a short message in
 *   every <dvc-register> instead, in the element's language.
 *
 * Written in the syntax of 2017 browsers with dynamic import (Chrome 63, Safari 11.1, Firefox 67):
 * no ?. or ??, no object spread, nothing imported. `npm run build` parses the built file with that
 * floor (scripts/check-browser-syntax.mjs) and fails otherwise. The two sentences cannot go
 * through msg(): the localization runtime is part of what may fail to load.
 */

const TAG = 'dvc-register';

/** Vietnamese and English, the widget's two languages; chosen by the nearest lang attribute. */
const MESSAGES = {
  unsupported: {
    vi: 'Trình duyệt này quá cũ để mở biểu mẫu đăng ký tài khoản. Hãy cập nhật trình duyệt (Safari 15, Chrome 90, Firefox 91 trở lên) hoặc dùng một trình duyệt khác.',
    en: 'This browser is too old for the account registration form. Please update it (Safari 15, Chrome 90, Firefox 91 or later) or use another browser.',
  },
  failed: {
    vi: 'Không tải được biểu mẫu đăng ký tài khoản. Hãy kiểm tra kết nối mạng rồi tải lại trang. Nếu vẫn không được, hãy cập nhật trình duyệt hoặc dùng một trình duyệt khác.',
    en: 'The account registration form could not be loaded. Check your connection and reload the page. If that does not help, update your browser or use another one.',
  },
  reload: { vi: 'Tải lại trang', en: 'Reload the page' },
};

type Problem = 'unsupported' | 'failed';

/** What the widget uses with no fallback of its own. Newer APIs it uses are guarded where used. */
function platformIsEnough(): boolean {
  const w = window as unknown as Record<string, unknown>;
  return (
    typeof w['customElements'] === 'object' &&
    typeof Element.prototype.attachShadow === 'function' &&
    typeof w['fetch'] === 'function' &&
    typeof w['AbortController'] === 'function' &&
    typeof w['Promise'] === 'function' &&
    typeof w['Intl'] === 'object' &&
    typeof w['URL'] === 'function' &&
    typeof (Object as unknown as Record<string, unknown>)['fromEntries'] === 'function' &&
    typeof (Array.prototype as unknown as Record<string, unknown>)['flatMap'] === 'function' &&
    typeof w['CSS'] === 'object' &&
    typeof (w['CSS'] as Record<string, unknown>)['escape'] === 'function'
  );
}

function languageOf(el: Element): 'vi' | 'en' {
  const owner = el.closest('[lang]');
  const lang = owner ? String(owner.getAttribute('lang')).toLowerCase() : '';
  return lang.indexOf('en') === 0 ? 'en' : 'vi';
}

/** Plain light-DOM text: no styles or markup a strict CSP could refuse. */
function showProblem(el: Element, problem: Problem): void {
  if (el.getAttribute('data-dvc-problem')) return;
  el.setAttribute('data-dvc-problem', problem);
  const lang = languageOf(el);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('lang', lang);
  const text = document.createElement('p');
  text.textContent = MESSAGES[problem][lang];
  box.appendChild(text);
  if (problem === 'failed') {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = MESSAGES.reload[lang];
    button.addEventListener('click', function () {
      location.reload();
    });
    box.appendChild(button);
  }
  el.appendChild(box);
}

/** Every <dvc-register> on the page now, and (where custom elements exist) every one added later. */
function showEverywhere(problem: Problem): void {
  const registry = (window as unknown as { customElements?: CustomElementRegistry }).customElements;
  // The widget may have defined itself and failed later; its own element then stays.
  if (registry && registry.get(TAG)) return;
  const found = document.getElementsByTagName(TAG);
  for (let i = 0; i < found.length; i++) showProblem(found[i]!, problem);
  if (registry && typeof registry.define === 'function') {
    try {
      registry.define(
        TAG,
        class extends HTMLElement {
          connectedCallback() {
            showProblem(this, problem);
          }
        },
      );
    } catch (error) {
      // Another script took the name first: the elements found above already say it.
      console.error('<dvc-register>:', error);
    }
  }
}

/**
 * The widget reads this tab's draft from sessionStorage before its first paint, and a page's first
 * use of sessionStorage waits for the browser to open it. Opened here, while the widget's code is
 * still on its way, that wait is off the path to the first paint.
 */
function warmSessionStorage(): void {
  Promise.resolve()
    .then(function () {
      return window.sessionStorage.length;
    })
    // Storage blocked: the widget finds no draft either.
    .catch(function () {});
}

/**
 * A widget asked to speak English (lang="en" or "en-US" on the element: the core's rule) shows nothing until
 * the English messages are here, and the core would ask for them only once it has arrived and
 * run: one more round trip before that page's first paint, 400 ms on a slow 3G line. Asked for
 * here, beside the core, they arrive with it. A widget this misses (added to the page later, or
 * its lang written with spaces) loses nothing: the core asks for them as before. A failure is
 * left to the core, which says so and offers a retry (src/loading/chunk.ts fetches again under a
 * new URL). A Vietnamese page asks for nothing more.
 */
function fetchEnglishIfAsked(): void {
  // |= : "en" or a tag starting "en-" (en-US), as the core reads it.
  if (document.querySelector(TAG + '[lang|=en i]')) import('../generated/locales/en.js').catch(function () {});
}

if (!platformIsEnough()) {
  showEverywhere('unsupported');
} else {
  import('../dvc-register.js').then(
    function () {},
    function (error: unknown) {
      // A SyntaxError is a browser below the floor that passed the checks above; anything else is
      // most likely the network (a chunk that did not arrive).
      showEverywhere(error instanceof SyntaxError ? 'unsupported' : 'failed');
      console.error('<dvc-register> could not load:', error);
    },
  );
  fetchEnglishIfAsked();
  warmSessionStorage();
}
