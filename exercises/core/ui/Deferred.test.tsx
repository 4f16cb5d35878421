// @vitest-environment happy-dom
import { hydrate, render } from 'preact';
import { act } from 'preact/test-utils';
import { useId } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deferred, deferredView, type DeferredView } from './Deferred';

function Part({ word }: { word: string }) {
  const id = useId();
  return (
    <p id={id} class="part">
      {word}
    </p>
  );
}

/** A labelled field after the part: its label must keep pointing at it. */
function After({ hint }: { hint: boolean }) {
  const id = useId();
  return (
    <>
      <label for={id}>后面的字段</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && <span id={`${id}-hint`}>提示</span>}
    </>
  );
}

function Page(props: {
  view: DeferredView<{ word: string }>;
  word: string;
  now?: boolean;
  onView?: boolean;
  hint?: boolean;
}) {
  const id = useId();
  return (
    <div class="ws">
      <span id={id}>前面</span>
      <Deferred
        view={props.view}
        props={{ word: props.word }}
        name="part"
        now={props.now}
        onView={props.onView}
      />
      <After hint={props.hint ?? false} />
    </div>
  );
}

const part = () => Promise.resolve(Part);
let root: HTMLElement;

async function serverHtml(word: string) {
  const view = deferredView(part);
  await view.load();
  return renderToString(<Page view={view} word={word} />);
}

function mountServerHtml(html: string) {
  root = document.createElement('main');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  document.body.innerHTML = '';
});

describe('Deferred', () => {
  it('renders the part in full on the server, with ids of its own', async () => {
    const html = await serverHtml('服务器');
    expect(html).toContain('<p id="Ppart-0" class="part">服务器</p>');
    expect(html).toContain('<span id="P0-0">前面</span>');
    expect(html).toContain('<label for="P0-1">');
  });

  it('keeps the server markup when hydrating, and the ids after it stay in step', async () => {
    const el = mountServerHtml(await serverHtml('服务器'));
    const load = vi.fn(part);
    const view = deferredView(load);
    hydrate(<Page view={view} word="服务器" />, el);
    await act(async () => {});
    expect(el.querySelector('.part')?.textContent).toBe('服务器');
    expect(load).not.toHaveBeenCalled();
    // A later change sets attributes from the client's ids: they must name the server's elements.
    await act(async () => render(<Page view={view} word="服务器" hint />, el));
    const input = el.querySelector('input')!;
    expect(input.id).toBe('P0-1');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe(
      '提示',
    );
  });

  it('loads and draws the part when the server markup is out of date', async () => {
    const el = mountServerHtml(await serverHtml('服务器'));
    const load = vi.fn(part);
    const view = deferredView(load);
    hydrate(<Page view={view} word="服务器" />, el);
    await act(async () => render(<Page view={view} word="新的内容" now />, el));
    await vi.waitFor(() => expect(el.querySelector('.part')?.textContent).toBe('新的内容'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(el.querySelectorAll('[id]').length).toBe(
      new Set([...el.querySelectorAll('[id]')].map((e) => e.id)).size,
    );
  });

  it('loads at once when it is mounted with nothing drawn', async () => {
    root = document.createElement('main');
    document.body.append(root);
    const load = vi.fn(part);
    await act(async () => render(<Page view={deferredView(load)} word="新画的" />, root));
    await vi.waitFor(() => expect(root.querySelector('.part')?.textContent).toBe('新画的'));
  });

  it('says so when the code cannot load', async () => {
    root = document.createElement('main');
    document.body.append(root);
    const view = deferredView<{ word: string }>(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    await act(async () => render(<Page view={view} word="x" />, root));
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        '这部分功能没能加载，请检查网络后刷新页面。本机保存的内容没有任何改动。',
      ),
    );
  });

  describe('with onView', () => {
    /** A stand-in for the browser's observer: the test says what is near the screen. */
    let report: (intersecting: boolean) => void = () => {};
    beforeEach(() => {
      class FakeObserver {
        targets: Element[] = [];
        constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
          report = (isIntersecting) =>
            callback(this.targets.map((target) => ({ target, isIntersecting })));
        }
        observe(target: Element) {
          this.targets.push(target);
        }
        disconnect() {}
      }
      vi.stubGlobal('IntersectionObserver', FakeObserver);
    });
    afterEach(() => vi.unstubAllGlobals());

    async function hydrated() {
      const el = mountServerHtml(await serverHtml('服务器'));
      const load = vi.fn(part);
      await act(async () => hydrate(<Page view={deferredView(load)} word="服务器" onView />, el));
      return { el, load };
    }

    it('waits while a part is in view from the start, and loads when the pointer comes over the worksheet', async () => {
      const { el, load } = await hydrated();
      report(true);
      await act(async () => {});
      expect(load).not.toHaveBeenCalled();
      el.querySelector('.ws')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
      await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    });

    it('loads when a part comes near the screen later', async () => {
      const { load } = await hydrated();
      report(false);
      await act(async () => {});
      expect(load).not.toHaveBeenCalled();
      report(true);
      await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    });

    it('loads when anything in the worksheet receives focus', async () => {
      const { el, load } = await hydrated();
      report(true);
      el.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    });
  });
});
