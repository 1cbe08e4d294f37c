import type { Catalog } from './catalog';

export const ru: Catalog = {
  'product.name': 'Frontdesk',
  'language.label': 'Язык',
  'page.calendar.title': 'Календарь',
  'page.calendar.placeholder': 'Здесь будет сетка дня администратора.',
  'page.lobby.title': 'Табло в зале',
  'page.lobby.placeholder': 'Здесь будут показаны вызываемые номера.',
  'page.desk.title': 'Окно',
  'page.desk.placeholder': 'Здесь будут текущий талон окна и кнопка «вызвать следующего».',
  'page.ticket.title': 'Ваш талон',
  'page.ticket.placeholder': 'Здесь будет показано состояние талона {number}.',
  'page.formats.title': 'Форматы',
  'page.formats.placeholder': 'Как выглядят деньги, даты и время на этом языке.',
  'formats.money': 'Сумма',
  'formats.date': 'Дата',
  'formats.time': 'Время',
  'formats.day': 'День филиала',
  'formats.zone': 'Часовой пояс филиала',
};
