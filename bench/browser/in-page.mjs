// Functions the benchmark runs inside the page (puppeteer serializes each one: every function here
// must be self-contained). They drive the widget as a person does, through its shadow roots, and
// time only main-thread work: a step is timed once its code is loaded.

/** The current step element, a radio choice on it, and its primary button. */
const HELPERS = `
  const host = document.querySelector('dvc-register');
  const current = () => host.shadowRoot.querySelector('.step > *');
  const deepAll = (root, selector, out = []) => {
    out.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, selector, out);
    return out;
  };
  const nameOf = (step) => step.localName.replace('dvc-step-', '');
  const undefinedInside = (step) => !customElements.get(step.localName) || deepAll(step.shadowRoot ?? step, ':not(:defined)').length > 0;
  const settled = async (step) => {
    await customElements.whenDefined(step.localName);
    while (deepAll(step.shadowRoot, ':not(:defined)').length > 0) await new Promise((r) => setTimeout(r, 10));
    await step.updateComplete;
  };
  const choose = async (value) => {
    const step = current();
    await step.updateComplete;
    const radios = deepAll(step.shadowRoot, 'input[type=radio]');
    const radio = radios.find((r) => r.value === value) ?? radios[0];
    radio.click();
    await step.updateComplete;
    return step;
  };
  /** Presses the step's submit button; resolves with main-thread ms once the next step has rendered. */
  const next = async () => {
    const from = current();
    const button = from.shadowRoot.querySelector('button[type=submit]');
    const started = performance.now();
    button.click();
    await host.updateComplete;
    const to = current();
    const defined = customElements.get(to.localName) !== undefined;
    if (defined) await to.updateComplete;
    const ms = performance.now() - started;
    // Looked for after the clock stops: walking every shadow root is the benchmark's own work.
    const waited = !defined || undefinedInside(to);
    if (waited) await settled(to);
    return { from: nameOf(from), to: nameOf(to), ms: waited ? performance.now() - started : ms, waited };
  };
  const back = async () => {
    host.shadowRoot.querySelector('.back button').click();
    await host.updateComplete;
    await current().updateComplete;
  };
`;

// eslint-disable-next-line no-new-func
const withHelpers = (body) => new Function('arg', `return (async () => { ${HELPERS} ${body} })();`);

export const inPage = {
  /** Subject and method choice up to the phone details form, twice: timed the second time, code loaded. */
  walkToDetails: withHelpers(`
    const forward = async () => {
      const moves = [];
      while (['subject', 'method'].includes(nameOf(current()))) {
        await choose(nameOf(current()) === 'subject' ? 'citizen' : 'phone');
        moves.push(await next());
      }
      return moves;
    };
    const first = await forward();
    for (let i = 0; i < first.length; i++) await back();
    return { transitions: await forward() };
  `),

  /** Types into the first text field of the current step, one character at a time. */
  typeInFirstField: withHelpers(`
    const step = current();
    await settled(step);
    const input = deepAll(step.shadowRoot, 'input:not([type=radio]):not([type=checkbox]):not([type=hidden])')[0];
    input.focus();
    const times = [];
    for (const ch of arg) {
      input.value += ch;
      const started = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
      await step.updateComplete;
      times.push(performance.now() - started);
    }
    return times;
  `),

  /** Mounts and removes a fresh widget `arg` times; counts timers and window/document listeners left live. */
  cycle: withHelpers(`
    if (!window.__live) {
      const live = (window.__live = { intervals: new Set(), timeouts: new Set(), listeners: 0 });
      const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
      window.setInterval = (...a) => { const id = si(...a); live.intervals.add(id); return id; };
      window.clearInterval = (id) => { live.intervals.delete(id); ci(id); };
      window.setTimeout = (fn, ...a) => {
        const id = st((...x) => { live.timeouts.delete(id); typeof fn === 'function' && fn(...x); }, ...a);
        live.timeouts.add(id);
        return id;
      };
      window.clearTimeout = (id) => { live.timeouts.delete(id); ct(id); };
      const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
      EventTarget.prototype.addEventListener = function (...a) { if (this === window || this === document) live.listeners++; return add.apply(this, a); };
      EventTarget.prototype.removeEventListener = function (...a) { if (this === window || this === document) live.listeners--; return remove.apply(this, a); };
    }
    const live = window.__live;
    const before = { intervals: new Set(live.intervals), timeouts: new Set(live.timeouts), listeners: live.listeners };
    for (let i = 0; i < arg; i++) {
      const el = document.createElement('dvc-register');
      el.setAttribute('api-base', '/api');
      document.body.append(el);
      await el.updateComplete;
      await el.localeReady;
      await el.shadowRoot.querySelector('.step > *')?.updateComplete;
      el.remove();
    }
    // Short timers (announcements, debounces) may finish; what stays after this is held by nothing.
    await new Promise((r) => setTimeout(r, 1500));
    return {
      liveIntervals: [...live.intervals].filter((id) => !before.intervals.has(id)).length,
      liveTimeouts: [...live.timeouts].filter((id) => !before.timeouts.has(id)).length,
      listenerGrowth: live.listeners - before.listeners,
    };
  `),

  /** The methods offered to a citizen. */
  offeredMethods: withHelpers(`
    if (nameOf(current()) === 'subject') { await choose('citizen'); await next(); }
    return deepAll(current().shadowRoot, 'input[type=radio]').map((r) => r.value);
  `),

  /** Chooses a method and continues: did its first step have to wait for code, and how long. */
  chooseMethod: withHelpers(`
    if (nameOf(current()) === 'subject') { await choose('citizen'); await next(); }
    await choose(arg);
    return next();
  `),
};
