import { startPlaceholderPage } from '../shell/shell';

// The ticket's number is the part of the address after /ticket/: /ticket/A-015.
const number = decodeURIComponent(/^\/ticket\/([^/]+)/.exec(location.pathname)?.[1] ?? '');

startPlaceholderPage('ticket', { number });
