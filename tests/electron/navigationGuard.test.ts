import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents } from '../../electron/navigationGuard';

type Listener = (...args: unknown[]) => unknown;

function recordingContents() {
  const events: Record<string, Listener> = {};
  let windowOpen: Listener | null = null;
  const contents = {
    setWindowOpenHandler: (handler: Listener) => (windowOpen = handler),
    on: (name: string, listener: Listener) => (events[name] = listener),
  };
  guardWebContents(contents as unknown as WebContents);
  return { events, windowOpen: () => windowOpen! };
}

function prevented(listener: Listener, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  listener(event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('navigation guard', () => {
  const { events, windowOpen } = recordingContents();

  it('denies every new window', () => {
    expect(windowOpen()({ url: 'https://www.linkedin.com/', disposition: 'new-window' })).toEqual({ action: 'deny' });
    expect(windowOpen()({ url: 'app://app/index.html', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on app://app, refuses anything else', (name) => {
    const listener = events[name]!;
    expect(prevented(listener, 'app://app/index.html')).toBe(false);
    for (const url of ['https://www.linkedin.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'about:blank']) {
      expect(prevented(listener, url)).toBe(true);
    }
  });

  it('refuses every <webview>', () => {
    const event = { preventDefault: vi.fn() };
    events['will-attach-webview']!(event, {}, { src: 'app://app/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('picks no Bluetooth device', () => {
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    events['select-bluetooth-device']!(event, [{ deviceId: 'x' }], callback);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});
