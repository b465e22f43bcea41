import './workshop.css';
export { StartPage } from './StartPage';
export { CopyField } from './CopyField';
export { groupJoinCode } from './WorkshopCreated';
export { announce, useAnnouncerStore } from './announcer';
export { useFormatters } from './format';
export { LiveRegion } from './LiveRegion';
export { useLiveWorkshop, type LiveWorkshop } from './live-state';
export { ConnectedWorkshop } from './ConnectedWorkshop';
