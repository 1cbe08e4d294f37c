import { startPlaceholderPage } from '../shell/shell';

startPlaceholderPage('lobby');
