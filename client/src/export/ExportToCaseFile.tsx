import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import './export.css';

interface ExportToCaseFileProps {
  workshopId: string;
  token: string;
}

/**
 * The console's "Eksporter til saksmappe" button and its modal dialog. A
 * native <dialog> opened with showModal(): the rest of the page is inert
 * (focus stays inside), Escape closes it, and focus goes back to the button.
 */
export function ExportToCaseFile({ workshopId, token }: ExportToCaseFileProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  function show() {
    setOpen(true);
    // After React has rendered the contents, so focus lands on the first control.
    requestAnimationFrame(() => dialog.current?.showModal());
  }

  function close() {
    dialog.current?.close();
  }

  return (
    <>
      <button type="button" ref={opener} className="primary" onClick={show}>
        {t('export.dialog.open')}
      </button>
      <dialog
        ref={dialog}
        className="export-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        {open && (
          <ExportDialog workshopId={workshopId} token={token} titleId={titleId} onClose={close} />
        )}
      </dialog>
    </>
  );
}
