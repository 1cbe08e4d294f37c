import { startPlaceholderPage } from '../shell/shell';

startPlaceholderPage('desk');
