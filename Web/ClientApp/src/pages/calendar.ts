import { startPlaceholderPage } from '../shell/shell';

startPlaceholderPage('calendar');
