// Calendar screens for the bench's cluster scenario. Each screen is its own SignalR connection (WebSockets, as the
// browser page uses) to one node's live hub, subscribed to one calendar topic. A booking number a screen has not
// shown before is reported once, with the wall-clock time it arrived, so the load generator can tell how long a
// booking took from the receptionist's request to a screen:
//   node screens.mjs '<json: [{"hub": "http://127.0.0.1:5081/hubs/live", "topic": "calendar:b000:2026-11-24"}, …]>'
// stdout: "ready <screens>", then "seen <number> <epoch ms>" lines; on stdin's end: "done <pushes> <refetches> <errors>".
import { HubConnectionBuilder, HttpTransportType, LogLevel } from '@microsoft/signalr';
import { createInterface } from 'node:readline';

const screens = JSON.parse(process.argv[2]);
const seen = new Set();
let pushes = 0;
let refetches = 0;
let errors = 0;
const now = () => performance.timeOrigin + performance.now();

function show(items, at) {
  for (const item of items) {
    for (const booking of item.data?.day?.bookings ?? []) {
      if (seen.has(booking.number)) continue;
      seen.add(booking.number);
      if (at !== undefined) process.stdout.write(`seen ${booking.number} ${at.toFixed(3)}\n`);
    }
  }
}

async function open({ hub, topic }) {
  const connection = new HubConnectionBuilder()
    .withUrl(hub, { transport: HttpTransportType.WebSockets, skipNegotiation: true, headers: { Cookie: process.env.FRONTDESK_COOKIE ?? '' } })
    .configureLogging(LogLevel.None)
    .build();
  const versions = new Map();
  const subscribe = async () => {
    const snapshot = await connection.invoke('Subscribe', topic);
    for (const item of snapshot.items) versions.set(item.key, item.version);
    show(snapshot.items);
  };
  connection.on('changed', async (message) => {
    const at = now();
    pushes++;
    const last = versions.get(message.key) ?? 0;
    if (message.version <= last) return;
    if (message.firstVersion !== last + 1) {
      // A gap: the version protocol says refetch; bookings first seen this way still count, at the refetch's time.
      refetches++;
      try {
        const snapshot = await connection.invoke('Subscribe', topic);
        for (const item of snapshot.items) versions.set(item.key, item.version);
        show(snapshot.items, now());
      } catch {
        errors++;
      }
      return;
    }
    versions.set(message.key, message.version);
    show([message], at);
  });
  await connection.start();
  await subscribe();
  return connection;
}

const connections = [];
for (const screen of screens) {
  try {
    connections.push(await open(screen));
  } catch {
    errors++;
  }
}
process.stdout.write(`ready ${connections.length}\n`);

createInterface({ input: process.stdin }).on('close', async () => {
  await Promise.allSettled(connections.map((c) => c.stop()));
  process.stdout.write(`done ${pushes} ${refetches} ${errors}\n`);
  process.exit(0);
});
