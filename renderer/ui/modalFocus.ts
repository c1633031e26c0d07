// Keyboard behaviour of a modal dialog: focus moves in when it opens, Tab and Shift+Tab stay
// inside it, Escape closes it, and focus goes back to where it was when it closes.

import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The elements Tab stops at, in order: enabled, and of each radio group only its checked button. */
export function tabStops(container: HTMLElement): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled') && el.tabIndex >= 0);
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.checked) return true;
    const group = all.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name);
    // No button of the group checked: the first one is the stop.
    return !group.some((radio) => radio.checked) && group[0] === el;
  });
}

export interface ModalFocus {
  /** For the dialog element's onKeyDown. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export interface ModalFocusOptions {
  /** Read when Escape is pressed: a dialog in the middle of saving stays open. */
  readonly canClose: () => boolean;
  /** Where focus goes when the dialog closes (the button that opened it); else where it was. */
  readonly returnTo?: RefObject<HTMLElement | null>;
}

/** Focus goes to the dialog's first stop when it opens. */
export function useModalFocus(dialog: RefObject<HTMLElement | null>, onClose: () => void, { canClose, returnTo }: ModalFocusOptions): ModalFocus {
  const close = useRef({ onClose, canClose });
  close.current = { onClose, canClose };

  useEffect(() => {
    // A click does not focus a button everywhere (Safari, macOS), so the opener is named when it can be.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const container = dialog.current;
    ((container ? tabStops(container)[0] : undefined) ?? container)?.focus();
    // After the dialog is gone (and the page behind it is no longer inert).
    return () => (returnTo?.current ?? previous)?.focus();
  }, [dialog, returnTo]);

  return {
    onKeyDown(event) {
      const container = dialog.current;
      if (!container) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (close.current.canClose()) close.current.onClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = tabStops(container);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !container.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !container.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    },
  };
}
