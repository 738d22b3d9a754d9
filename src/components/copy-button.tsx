// A button that puts a text on the clipboard and says so in a polite live region.
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/use-i18n.ts';
import './copy-button.css';

interface CopyButtonProps {
  /** What is copied, as the accessible name says it: "Copy secret". */
  label: string;
  text: string;
  /** Said after a successful copy, e.g. "Secret copied." */
  copiedMessage?: string;
  className?: string;
  /** Called after the text reached the clipboard. */
  onCopied?: () => void;
}

export function CopyButton({ label, text, copiedMessage, className, onCopied }: CopyButtonProps) {
  const m = useMessages().common.copy;
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      // The Clipboard API exists only in secure contexts (https, localhost, 127.0.0.1).
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
      onCopied?.();
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className={className ?? 'button button--small'} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {status === 'copied' ? (copiedMessage ?? m.copied) : status === 'failed' ? m.failed : ''}
      </span>
    </span>
  );
}
