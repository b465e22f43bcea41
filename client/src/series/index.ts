import './series.css';
export { NextMeetupPanel } from './NextMeetupPanel';
export { SeriesPage } from './SeriesPage';
