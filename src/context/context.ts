/**
 * The web components community's context protocol (a `context-request` event that bubbles up to
 * whoever provides the value), as much of it as the widget uses. @lit/context implements all of
 * it (providers that upgrade after their consumers, consumers that move between providers) in
 * 2.8 KB of the first load; here the one provider is the host, always upgraded before the steps it
 * renders, and this part of the protocol is a fifth of that. The events are the protocol's, so
 * @lit/context's ContextProvider (tests, stories) serves these consumers, and the other way round.
 */
import type { Context } from '@lit/context';
import type { ReactiveElement } from 'lit';

type Callback<T> = (value: T, unsubscribe?: () => void) => void;

class ContextRequestEvent<T> extends Event {
  constructor(
    readonly context: unknown,
    readonly contextTarget: Element,
    readonly callback: Callback<T>,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Gives `context` to the elements under `host` that ask for it, and tells subscribers each new value. */
export class ContextProvider<T> {
  private value: T | undefined;
  private readonly subscribers = new Map<Callback<T>, () => void>();

  constructor(host: HTMLElement, { context, initialValue }: { context: Context<unknown, T>; initialValue?: T }) {
    this.value = initialValue;
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent<T>;
      if (request.context !== context || request.contextTarget === host) return;
      event.stopPropagation();
      const { callback } = request;
      if (!request.subscribe) return callback(this.value as T);
      let unsubscribe = this.subscribers.get(callback);
      if (!unsubscribe) {
        unsubscribe = () => this.subscribers.delete(callback);
        this.subscribers.set(callback, unsubscribe);
      }
      callback(this.value as T, unsubscribe);
    });
  }

  setValue(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }
}

/**
 * A property decorator (the project's experimental decorators): the property receives the nearest
 * provider's value of `context` while the element is connected, and each new one with `subscribe`.
 */
export function consume<T>({ context, subscribe = false }: { context: Context<unknown, T>; subscribe?: boolean }) {
  return (proto: ReactiveElement, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).addInitializer((element) => {
      let unsubscribe: (() => void) | undefined;
      element.addController({
        hostConnected() {
          const receive: Callback<T> = (value, dispose) => {
            // Another provider answering (after a move) replaces the first one's subscription.
            if (unsubscribe && unsubscribe !== dispose) unsubscribe();
            unsubscribe = dispose;
            (element as unknown as Record<PropertyKey, T>)[name] = value;
          };
          element.dispatchEvent(new ContextRequestEvent(context, element, receive, subscribe));
        },
        hostDisconnected() {
          unsubscribe?.();
          unsubscribe = undefined;
        },
      });
    });
  };
}
