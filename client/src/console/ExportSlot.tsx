import { ExportToCaseFile } from '../export';

interface ExportSlotProps {
  workshopId: string;
  token: string;
}

/** Where the console offers the case-file exports: the "Eksporter til saksmappe" dialog. */
export function ExportSlot({ workshopId, token }: ExportSlotProps) {
  return (
    <div className="export-slot">
      <ExportToCaseFile workshopId={workshopId} token={token} />
    </div>
  );
}
