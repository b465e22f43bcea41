export { ExportToCaseFile } from './ExportToCaseFile';
export { filenameFrom } from './export-api';
