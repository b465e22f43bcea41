import './screen.css';
export { ScreenPage } from './ScreenPage';
