// The kiosk's touch page. The server makes the idempotency key; the page only names each press once
// (pressId), so a double tap or a resent request is still one press and one ticket.
"use strict";

const screens = ["lines-screen", "booking-screen", "busy-screen", "result-screen", "unavailable-screen"];
const $ = (id) => document.getElementById(id);
const RESULT_SECONDS = 10;
const REFRESH_SECONDS = 30;

let view = null;
let pressing = false;
let backTimer = 0;

function show(screen) {
  for (const id of screens) $(id).hidden = id !== screen;
}

function newPressId() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

async function loadLines() {
  try {
    const response = await fetch("/api/lines", { cache: "no-store" });
    view = await response.json();
  } catch {
    view = null;
  }
  render();
}

function render() {
  if (!view) {
    $("unavailable-message").textContent = "…";
    show("unavailable-screen");
    return;
  }
  const t = view.texts;
  document.documentElement.lang = t.language;
  $("branch").textContent = view.branch ? view.branch.name : "";
  const printerFault = ["offline", "paper-out", "error"].includes(view.printer.status);
  $("printer-banner").hidden = !printerFault;
  $("printer-banner").textContent = printerFault ? t.printerFault : "";
  if (pressing || !$("result-screen").hidden || !$("booking-screen").hidden) return;
  if (view.engine !== "answered") {
    $("unavailable-message").textContent = view.message || t.unavailable;
    show("unavailable-screen");
    return;
  }
  $("choose-line").textContent = t.chooseLine;
  const lines = $("lines");
  lines.replaceChildren(...view.lines.map((line) => {
    const button = document.createElement("button");
    button.type = "button";
    const prefix = document.createElement("span");
    prefix.className = "prefix";
    prefix.textContent = line.prefix;
    button.append(prefix, line.name);
    button.addEventListener("click", () => press(line.id, null));
    return button;
  }));
  $("booking-button").textContent = t.scanBooking;
  $("booking-button").hidden = !view.bookingLineId;
  show("lines-screen");
}

async function press(lineId, bookingCode) {
  if (pressing) return; // a second tap while the first is under way is the same press
  pressing = true;
  const pressId = newPressId();
  show("busy-screen");
  let outcome;
  for (let attempt = 0; attempt < 3 && !outcome; attempt++) {
    try {
      const response = await fetch("/api/press", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ pressId, lineId, bookingCode }),
      });
      outcome = await response.json();
      if (!response.ok) outcome = { outcome: "refused", message: outcome.title || view.texts.unavailable };
    } catch {
      // the kiosk's own server restarting: the same pressId makes a resend safe
    }
  }
  pressing = false;
  showOutcome(outcome || { outcome: "unavailable", message: view.texts.unavailable });
}

function showOutcome(outcome) {
  const t = view.texts;
  const issued = outcome.outcome === "printed" || outcome.outcome === "not-printed";
  $("result-number").textContent = issued ? outcome.number : "";
  $("result-number").hidden = !issued;
  $("result-line").textContent = issued ? outcome.lineName : "";
  $("result-message").textContent = outcome.message;
  $("result-detail").textContent = issued ? t.peopleAhead.replace("{0}", outcome.peopleAhead) : "";
  $("result-screen").className = outcome.outcome === "printed" ? "" : "fault";
  $("result-back").textContent = t.back;
  show("result-screen");
  clearTimeout(backTimer);
  backTimer = setTimeout(backToLines, RESULT_SECONDS * 1000);
}

function backToLines() {
  clearTimeout(backTimer);
  $("result-screen").hidden = true;
  $("booking-screen").hidden = true;
  loadLines();
}

function openBooking() {
  const t = view.texts;
  $("enter-booking").textContent = t.enterBookingCode;
  $("booking-back").textContent = t.back;
  $("booking-go").textContent = t.go;
  $("booking-code").value = "";
  show("booking-screen");
  $("booking-code").focus();
  clearTimeout(backTimer);
  backTimer = setTimeout(backToLines, RESULT_SECONDS * 3 * 1000);
}

$("booking-button").addEventListener("click", openBooking);
$("booking-back").addEventListener("click", backToLines);
$("result-back").addEventListener("click", backToLines);
// A scanner types the code and presses Enter, which submits the form.
$("booking-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const code = $("booking-code").value.trim();
  if (code) press(view.bookingLineId, code);
});

loadLines();
setInterval(() => { if (!pressing) loadLines(); }, REFRESH_SECONDS * 1000);
