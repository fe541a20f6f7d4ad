// Staff console (/staff/). No framework, no build step, no third-party code.
// The session is an HttpOnly cookie (path /staff); the CSRF token comes from a <meta> tag.
// The queue and "Mina samtal" are drawn from the server's board pushes on /staff/ws.

const MAX_LENGTH = 2000;
const COUNTER_STEPS = [200, 100, 50, 20, 0]; // announce remaining characters at these points
const ACTIVE_EVERY_MS = 60 * 1000; // tell the server about real use at most once a minute
const TICK_MS = 30 * 1000; // redraw the waited times
const RECONNECT_MS = 3000;
const CLOSE_SESSION_ENDED = 4401;
const COMFORT_KEY = "outreach.staff.comfort"; // localStorage: "on" when the worker opted in

const TEXT = {
  network: "Det gick inte att nå servern. Kontrollera uppkopplingen och försök igen.",
  generic: "Något gick fel. Försök igen om en stund.",
  loggedOut: "Du har loggats ut. Ladda om sidan för att logga in igen.",
  take: "Ta samtalet",
  acute: "Akut",
  writesIn: (name) => `Personen skriver på ${name}. Chattboten har svarat på engelska där den inte kan språket; skriv gärna på engelska.`,
  notConnected: "inte ansluten just nu",
  unread: "Nytt meddelande",
  open: "Öppet",
  waited: (s) => {
    if (s < 60) return "väntat under 1 min";
    const minutes = Math.floor(s / 60);
    if (minutes < 60) return `väntat ${minutes} min`;
    const rest = minutes % 60;
    return rest ? `väntat ${Math.floor(minutes / 60)} tim ${rest} min` : `väntat ${minutes / 60} tim`;
  },
  conversation: (id) => `Samtal ${shortId(id)}`,
  onDuty: (n) => (n === 1 ? "1 uppsökare i tjänst" : `${n} uppsökare i tjänst`),
  newInQueue: (acute) => (acute ? "Ny person i kön – akut." : "Ny person i kön."),
  newMessage: (id) => `Nytt meddelande i ${TEXT.conversation(id).toLowerCase()}.`,
  handedBack: "Samtalet är tillbaka hos chattboten.",
  closed: "Samtalet är avslutat.",
  transferred: (name) => `Samtalet är flyttat till ${name}.`,
  gone: "Samtalet finns inte längre bland dina samtal.",
  noColleagues: "Ingen kollega i tjänst",
  chooseColleague: "Välj kollega",
  senders: { user: "Personen", bot: "Chattboten", worker: "Uppsökare", me: "Du" },
  remaining: (n) => (n === 0 ? "Du har inga tecken kvar." : `Du har ${n} tecken kvar.`),
  // The only words a desktop notification ever has: nothing about who or what.
  someoneWaits: "Någon väntar i kön",
  notificationsBlocked: "Webbläsaren tillåter inte aviseringar från den här sidan. Ljudet spelas ändå.",
};

const $ = (id) => document.getElementById(id);
const els = {
  duty: $("duty"), comfort: $("comfort"), onDutyCount: $("on-duty-count"), alert: $("alert"), status: $("status"),
  connection: $("connection"), dutyHint: $("duty-hint"),
  queue: $("queue"), queueEmpty: $("queue-empty"), queueHeading: $("queue-heading"),
  mine: $("mine"), mineEmpty: $("mine-empty"), boardLive: $("board-live"),
  heading: $("conversation-heading"), empty: $("conversation-empty"), body: $("conversation-body"),
  note: $("conversation-note"), language: $("conversation-language"), transcript: $("transcript"),
  form: $("composer"), input: $("worker-input"), send: $("worker-send"),
  counter: $("counter"), counterLive: $("counter-live"),
  handBack: $("hand-back"), transferTo: $("transfer-to"), transfer: $("transfer"),
  close: $("close"), confirm: $("close-confirm"), confirmClose: $("confirm-close"),
  cancelClose: $("cancel-close"),
};

const csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
const baseTitle = document.title;

let me = null; // {staff_id, name, role, on_duty}
let ended = false; // the session is over: everything is disabled
let board = { waiting: [], mine: [], on_duty: 0 };
let boardAt = Date.now(); // when `board` arrived: waited_s counts on from here
let boardSeq = 0; // board pushes seen, so an older GET cannot overwrite a newer push
let knownWaiting = null; // ids in the queue at the last board (null: nothing drawn yet)
let openId = null; // the conversation shown on the right
let openSeenInMine = false; // it was in a board's "mine" since it was opened
let loading = 0; // transcript loads in flight for openId
let reloadAfterLoad = false; // a message arrived while the transcript was loading
let busy = false; // a conversation action is in flight
const unread = new Set();
let lastAnnounced = null;

// ---- API ------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function api(method, path, body) {
  if (ended) throw new ApiError(401, TEXT.loggedOut);
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["X-CSRF-Token"] = csrf;
  let res;
  try {
    res = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin", cache: "no-store", redirect: "error",
    });
  } catch (_) {
    throw new ApiError(0, TEXT.network);
  }
  let data = null;
  if (res.status !== 204) {
    try { data = await res.json(); } catch (_) { data = null; }
  }
  if (res.status === 401) {
    sessionEnded();
    throw new ApiError(401, TEXT.loggedOut);
  }
  if (!res.ok) {
    const message = data && data.error && typeof data.error.message === "string" ? data.error.message : TEXT.generic;
    throw new ApiError(res.status, message);
  }
  return data;
}

const conversationPath = (id) => `/staff/api/conversations/${encodeURIComponent(id)}`;

// ---- Small helpers --------------------------------------------------------

function shortId(id) { return String(id).slice(0, 6); }

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showAlert(text) { if (!ended) els.alert.textContent = text; }
function clearAlert() { if (!ended) els.alert.textContent = ""; }
function showStatus(text) { els.status.textContent = text; }
function announce(text) {
  // Clear first so the same sentence twice in a row is read twice.
  els.boardLive.textContent = "";
  setTimeout(() => { els.boardLive.textContent = text; }, 50);
}

function failed(err) {
  if (err instanceof ApiError && err.status === 401) return; // sessionEnded() has said it
  showAlert(err instanceof ApiError ? err.message : TEXT.generic);
}

// ---- Session end ----------------------------------------------------------

function sessionEnded() {
  if (ended) return;
  els.alert.textContent = TEXT.loggedOut;
  ended = true;
  document.querySelectorAll("button, input, textarea, select").forEach((control) => { control.disabled = true; });
  els.connection.hidden = true;
  closeSocket();
}

// ---- Duty -----------------------------------------------------------------

function renderDuty() {
  const on = Boolean(me && me.on_duty);
  els.duty.checked = on;
  els.dutyHint.hidden = on;
  renderTitle();
}

async function setDuty(on) {
  els.duty.disabled = true;
  clearAlert();
  try {
    const data = await api("POST", "/staff/api/duty", { on_duty: on });
    me = { ...(me || {}), on_duty: data && typeof data.on_duty === "boolean" ? data.on_duty : on };
  } catch (err) {
    failed(err);
  } finally {
    renderDuty(); // the switch shows the server's answer, or goes back if the call failed
    if (!ended) els.duty.disabled = false;
  }
}

// ---- Sound and notification when someone joins the queue (opt-in) ----------
// Off by default; the choice is remembered in this browser. The tone is made with the
// Web Audio API (no file, nothing fetched) and the notification says only that someone
// waits, never who or what they wrote.

let comfortOn = false;
let audio = null; // one AudioContext, made after the worker's own click (autoplay rules)

function readComfort() {
  try { return localStorage.getItem(COMFORT_KEY) === "on"; } catch (_) { return false; }
}

function saveComfort(on) {
  try {
    if (on) localStorage.setItem(COMFORT_KEY, "on");
    else localStorage.removeItem(COMFORT_KEY);
  } catch (_) { /* storage blocked: the switch works for this visit only */ }
}

function audioContext() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return null;
  if (!audio) {
    try { audio = new Context(); } catch (_) { return null; }
  }
  if (audio.state === "suspended") audio.resume().catch(() => {});
  return audio;
}

// Two soft sine notes, about half a second in all.
function playTone() {
  const context = audioContext();
  if (!context) return;
  const start = context.currentTime + 0.02;
  [[660, 0], [880, 0.16]].forEach(([frequency, offset]) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    const at = start + offset;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.32);
  });
}

function canNotify() {
  return "Notification" in window && Notification.permission === "granted";
}

function showNotification() {
  if (!canNotify()) return;
  try {
    const notification = new Notification(TEXT.someoneWaits, { tag: "outreach-queue", lang: "sv" });
    notification.onclick = () => { window.focus(); notification.close(); };
  } catch (_) { /* some browsers allow notifications only from a service worker */ }
}

async function askToNotify() {
  if (!("Notification" in window)) return;
  let permission = Notification.permission;
  if (permission === "default") {
    try { permission = await Notification.requestPermission(); } catch (_) { permission = "default"; }
  }
  if (permission === "denied" && comfortOn) showStatus(TEXT.notificationsBlocked);
}

function setComfort(on) {
  comfortOn = on;
  els.comfort.checked = on;
  saveComfort(on);
  if (on) {
    audioContext(); // made (or woken) now, during the click, so that it may play later
    askToNotify();
  }
}

function signalNewInQueue() {
  if (!comfortOn || ended || !(me && me.on_duty)) return;
  playTone();
  showNotification();
}

// ---- Board: the queue and my conversations --------------------------------

function waitedNow(item) {
  const waited = Number(item.waited_s) || 0;
  return waited + Math.max(0, Math.floor((Date.now() - boardAt) / 1000));
}

function renderTitle() {
  const n = board.waiting.length;
  document.title = n && me && me.on_duty ? `(${n}) ${baseTitle}` : baseTitle;
}

// Keep list items (and the focus inside them) when the list is redrawn.
function reconcile(list, items, make, update) {
  const old = new Map();
  for (const li of list.children) old.set(li.dataset.id, li);
  let previous = null;
  for (const item of items) {
    let li = old.get(item.conversation_id);
    if (li) old.delete(item.conversation_id);
    else li = make(item);
    update(li, item);
    const wanted = previous ? previous.nextSibling : list.firstChild;
    if (li !== wanted) list.insertBefore(li, wanted);
    previous = li;
  }
  for (const li of old.values()) {
    const hadFocus = li.contains(document.activeElement);
    li.remove();
    if (hadFocus) (list.querySelector("button") || els.queueHeading).focus();
  }
}

function makeQueueItem(item) {
  const li = el("li", "item queue-item");
  li.dataset.id = item.conversation_id;
  li.dataset.testid = "queue-item";
  const info = el("p", "item-info");
  info.id = `queue-info-${item.conversation_id}`;
  const badge = el("span", "badge badge-acute", TEXT.acute);
  badge.dataset.testid = "acute";
  const waited = el("span", "waited");
  waited.dataset.testid = "waited";
  const away = el("span", "away", TEXT.notConnected);
  away.dataset.testid = "not-connected";
  // The language the person writes in, when it is not Swedish: answer in it, or in English.
  const language = el("span", "badge badge-language", languageLabel(item));
  language.dataset.testid = "language";
  language.hidden = !languageLabel(item);
  info.append(badge, language, waited, away);
  const take = el("button", "button-primary take", TEXT.take);
  take.type = "button";
  take.dataset.testid = "take";
  take.setAttribute("aria-describedby", info.id);
  take.disabled = ended;
  take.addEventListener("click", () => takeConversation(li.dataset.id, take));
  li.append(info, take);
  return li;
}

function languageLabel(item) {
  return item.language && item.language !== "sv" && typeof item.language_name === "string"
    ? item.language_name : "";
}

function updateQueueItem(li, item) {
  const language = li.querySelector(".badge-language");
  language.textContent = languageLabel(item);
  language.hidden = !languageLabel(item);
  const acute = item.urgency === "acute";
  li.classList.toggle("acute", acute);
  li.querySelector(".badge-acute").hidden = !acute;
  li.querySelector(".waited").textContent = TEXT.waited(waitedNow(item));
  li.querySelector(".away").hidden = item.connected !== false;
}

function makeMineItem(item) {
  const li = el("li", "item mine-item");
  li.dataset.id = item.conversation_id;
  li.dataset.testid = "mine-item";
  const open = el("button", "mine-open");
  open.type = "button";
  open.dataset.testid = "open";
  open.disabled = ended;
  const name = el("span", "mine-name", TEXT.conversation(item.conversation_id));
  const badge = el("span", "badge badge-unread", TEXT.unread);
  badge.dataset.testid = "unread";
  const current = el("span", "badge badge-open", TEXT.open);
  const away = el("span", "away", TEXT.notConnected);
  away.dataset.testid = "not-connected";
  open.append(name, badge, current, away);
  open.addEventListener("click", () => openConversation(li.dataset.id));
  li.append(open);
  return li;
}

function updateMineItem(li, item) {
  const id = item.conversation_id;
  const isOpen = id === openId;
  const open = li.querySelector(".mine-open");
  if (isOpen) open.setAttribute("aria-current", "true");
  else open.removeAttribute("aria-current");
  li.classList.toggle("is-open", isOpen);
  li.querySelector(".badge-unread").hidden = !unread.has(id);
  li.querySelector(".badge-open").hidden = !isOpen;
  li.querySelector(".away").hidden = item.connected !== false;
}

function renderBoard() {
  reconcile(els.queue, board.waiting, makeQueueItem, updateQueueItem);
  reconcile(els.mine, board.mine, makeMineItem, updateMineItem);
  els.queueEmpty.hidden = board.waiting.length > 0;
  els.mineEmpty.hidden = board.mine.length > 0;
  els.onDutyCount.textContent = Number.isInteger(board.on_duty) ? TEXT.onDuty(board.on_duty) : "";
  const mine = board.mine.find((m) => m.conversation_id === openId);
  els.note.hidden = !mine || mine.connected !== false;
  renderTitle();
}

function validItems(list) {
  return Array.isArray(list) ? list.filter((i) => i && typeof i.conversation_id === "string") : [];
}

function applyBoard(data, fromPush) {
  const previousOnDuty = board.on_duty;
  board = { waiting: validItems(data.waiting), mine: validItems(data.mine), on_duty: data.on_duty };
  boardAt = Date.now();
  if (fromPush) boardSeq += 1;

  // Announce people who have just joined the queue (not the ones there when the page opened).
  const ids = new Set(board.waiting.map((w) => w.conversation_id));
  if (knownWaiting) {
    const fresh = board.waiting.filter((w) => !knownWaiting.has(w.conversation_id));
    if (fresh.length) {
      announce(TEXT.newInQueue(fresh.some((w) => w.urgency === "acute")));
      signalNewInQueue();
    }
  }
  knownWaiting = ids;

  const mineIds = new Set(board.mine.map((m) => m.conversation_id));
  for (const id of unread) if (!mineIds.has(id)) unread.delete(id);
  if (openId) {
    if (mineIds.has(openId)) openSeenInMine = true;
    else if (openSeenInMine && !busy) { closeView(); showStatus(TEXT.gone); }
  }
  renderBoard();
  if (openId && board.on_duty !== previousOnDuty) loadColleagues();
}

async function loadQueueOnce() {
  const seq = boardSeq;
  try {
    const data = await api("GET", "/staff/api/queue");
    if (boardSeq === seq && data) applyBoard(data, false); // a push has come meanwhile: it is newer
  } catch (err) {
    failed(err);
  }
}

// ---- Live channel ---------------------------------------------------------

let socket = null;
let lastActive = 0;

function connect() {
  if (ended || socket) return;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${scheme}//${location.host}/staff/ws`);
  socket = ws;
  ws.addEventListener("open", () => { els.connection.hidden = true; });
  ws.addEventListener("message", (event) => {
    let data = null;
    try { data = JSON.parse(event.data); } catch (_) { return; }
    if (!data || typeof data !== "object") return;
    if (data.type === "board") applyBoard(data, true);
    else if (data.type === "message") receiveMessage(data);
  });
  ws.addEventListener("close", (event) => {
    if (socket === ws) socket = null;
    if (ended) return;
    if (event.code === CLOSE_SESSION_ENDED) { sessionEnded(); return; }
    els.connection.hidden = false;
    setTimeout(reconnect, RECONNECT_MS);
  });
}

// Before opening again, ask whether the session still exists: a refused
// websocket handshake does not tell the page why it was refused.
async function reconnect() {
  if (ended || socket) return;
  try {
    await api("GET", "/staff/api/me");
  } catch (err) {
    if (err.status === 401) return; // sessionEnded() has run
  }
  connect();
}

function closeSocket() {
  const ws = socket;
  socket = null;
  if (ws) ws.close();
}

// Real use of the page keeps the session alive; an open tab alone does not.
function noteActivity() {
  const now = Date.now();
  if (ended || now - lastActive < ACTIVE_EVERY_MS) return;
  if (!socket || socket.readyState !== WebSocket.OPEN) return;
  lastActive = now;
  socket.send(JSON.stringify({ type: "active" }));
}

function receiveMessage(data) {
  if (typeof data.conversation_id !== "string" || typeof data.text !== "string") return;
  const id = data.conversation_id;
  const sender = ["user", "bot", "worker"].includes(data.sender) ? data.sender : "user";
  if (id === openId) {
    if (loading) { reloadAfterLoad = true; return; }
    addLine(sender, data.text);
    scrollTranscript();
    return;
  }
  unread.add(id);
  announce(TEXT.newMessage(id));
  renderBoard();
}

// ---- The open conversation -------------------------------------------------

function addLine(sender, text, mine = false) {
  const who = mine ? "me" : sender;
  const line = el("div", `message line line-${sender}${mine ? " line-me" : ""}`);
  line.dataset.testid = `line-${sender}`;
  const label = el("span", "line-label", TEXT.senders[who]);
  const body = el("p", "", text);
  line.append(label, body);
  els.transcript.append(line);
  return line;
}

function scrollTranscript() {
  els.transcript.scrollTop = els.transcript.scrollHeight;
}

function setConversationControls(disabled) {
  [els.input, els.send, els.handBack, els.transferTo, els.close, els.confirmClose, els.cancelClose]
    .forEach((control) => { control.disabled = disabled || ended; });
  if (!disabled) updateTransferButton();
}

async function loadTranscript(id) {
  loading += 1;
  reloadAfterLoad = false;
  els.transcript.setAttribute("aria-busy", "true");
  try {
    const data = await api("GET", `${conversationPath(id)}/transcript`);
    if (openId !== id) return;
    els.language.textContent = languageLabel(data || {}) ? TEXT.writesIn(data.language_name) : "";
    els.language.hidden = !languageLabel(data || {});
    els.transcript.textContent = "";
    const lines = data && Array.isArray(data.lines) ? data.lines : [];
    for (const line of lines) {
      if (!line || typeof line.text !== "string") continue;
      const sender = ["user", "bot", "worker"].includes(line.sender) ? line.sender : "bot";
      const byMe = sender === "worker" && me && line.staff_id !== undefined && line.staff_id === me.staff_id;
      addLine(sender, line.text, byMe);
    }
    scrollTranscript();
  } catch (err) {
    if (openId === id && err.status === 403) { closeView(); }
    failed(err);
  } finally {
    loading -= 1;
    if (!loading) els.transcript.setAttribute("aria-busy", "false");
    if (!loading && reloadAfterLoad && openId === id) loadTranscript(id);
  }
}

function openConversation(id, { focusInput = true } = {}) {
  if (ended) return;
  clearAlert();
  if (openId !== id) {
    openId = id;
    openSeenInMine = board.mine.some((m) => m.conversation_id === id);
    els.transcript.textContent = "";
    els.input.value = "";
    updateCounter();
    hideConfirm(false);
  }
  unread.delete(id);
  els.heading.textContent = TEXT.conversation(id);
  els.empty.hidden = true;
  els.body.hidden = false;
  setConversationControls(false);
  renderBoard();
  loadTranscript(id);
  loadColleagues();
  if (focusInput) els.input.focus();
}

function closeView() {
  openId = null;
  openSeenInMine = false;
  els.transcript.textContent = "";
  els.input.value = "";
  updateCounter();
  hideConfirm(false);
  els.heading.textContent = "Samtal";
  els.body.hidden = true;
  els.empty.hidden = false;
  renderBoard();
}

// Remove the conversation from my list at once; the next board push agrees.
function dropFromMine(id) {
  board = { ...board, mine: board.mine.filter((m) => m.conversation_id !== id) };
  unread.delete(id);
}

async function takeConversation(id, button) {
  if (ended) return;
  button.disabled = true;
  clearAlert();
  showStatus("");
  try {
    await api("POST", `${conversationPath(id)}/take`);
    // Shown in "Mina samtal" at once; the board push that follows confirms it.
    if (!board.mine.some((m) => m.conversation_id === id)) {
      const waiting = board.waiting.find((w) => w.conversation_id === id);
      board = {
        ...board,
        waiting: board.waiting.filter((w) => w.conversation_id !== id),
        mine: [...board.mine, { conversation_id: id, connected: waiting ? waiting.connected : true }],
      };
      if (knownWaiting) knownWaiting.delete(id);
    }
    openConversation(id);
  } catch (err) {
    failed(err);
    if (!ended && button.isConnected) button.disabled = false;
  }
}

// hand_back, close, transfer: the conversation leaves my hands.
async function finish(action, body, done) {
  const id = openId;
  if (!id || busy || ended) return;
  busy = true;
  setConversationControls(true);
  clearAlert();
  try {
    await api("POST", `${conversationPath(id)}/${action}`, body);
    dropFromMine(id);
    if (openId === id) closeView();
    showStatus(done);
    els.queueHeading.focus();
  } catch (err) {
    failed(err);
    if (openId === id) setConversationControls(false);
  } finally {
    busy = false;
  }
}

function handBack() { finish("hand_back", undefined, TEXT.handedBack); }

function transferConversation() {
  const to = Number(els.transferTo.value);
  if (!Number.isInteger(to) || !els.transferTo.value) return;
  const option = els.transferTo.selectedOptions[0];
  finish("transfer", { to_staff_id: to }, TEXT.transferred(option ? option.textContent : ""));
}

function showConfirm() {
  els.confirm.hidden = false;
  els.close.setAttribute("aria-expanded", "true");
  els.cancelClose.focus();
}

function hideConfirm(focus = true) {
  els.confirm.hidden = true;
  els.close.setAttribute("aria-expanded", "false");
  if (focus) els.close.focus();
}

function closeConversation() {
  finish("close", undefined, TEXT.closed);
}

// ---- Colleagues for "Flytta till kollega" ----------------------------------

function updateTransferButton() {
  els.transfer.disabled = ended || busy || !openId || !els.transferTo.value;
}

async function loadColleagues() {
  try {
    const data = await api("GET", "/staff/api/colleagues");
    const colleagues = data && Array.isArray(data.colleagues)
      ? data.colleagues.filter((c) => c && Number.isInteger(c.staff_id) && typeof c.name === "string")
      : [];
    const chosen = els.transferTo.value;
    els.transferTo.textContent = "";
    const first = el("option", "", colleagues.length ? TEXT.chooseColleague : TEXT.noColleagues);
    first.value = "";
    els.transferTo.append(first);
    for (const c of colleagues) {
      const option = el("option", "", c.name);
      option.value = String(c.staff_id);
      els.transferTo.append(option);
    }
    if (colleagues.some((c) => String(c.staff_id) === chosen)) els.transferTo.value = chosen;
  } catch (err) {
    failed(err);
  } finally {
    updateTransferButton();
  }
}

// ---- Writing ----------------------------------------------------------------

async function submitInput() {
  const id = openId;
  const text = els.input.value.trim();
  if (!id || !text || busy || ended) return;
  if (text.length > MAX_LENGTH) { showAlert(TEXT.remaining(0)); return; }
  busy = true;
  els.send.disabled = true;
  clearAlert();
  try {
    const sent = await api("POST", `${conversationPath(id)}/messages`, { text });
    if (openId === id) {
      if (els.input.value.trim() === text) els.input.value = "";
      updateCounter();
      // What the person received: the scrubbed text, as the transcript keeps it.
      addLine("worker", (sent && typeof sent.text === "string") ? sent.text : text, true);
      scrollTranscript();
    }
  } catch (err) {
    failed(err); // the text stays in the input so it can be sent again
  } finally {
    busy = false;
    if (!ended) els.send.disabled = false;
    if (openId === id && !ended) els.input.focus();
  }
}

function updateCounter() {
  const length = els.input.value.length;
  const left = MAX_LENGTH - length;
  els.counter.textContent = `${length} / ${MAX_LENGTH}`;
  els.counter.classList.toggle("near-limit", left <= COUNTER_STEPS[0]);
  // Announce politely only when crossing a step near the limit, not on every key press.
  const step = COUNTER_STEPS.find((s, i) => left <= s && (i === COUNTER_STEPS.length - 1 || left > COUNTER_STEPS[i + 1]));
  if (step === undefined) { lastAnnounced = null; els.counterLive.textContent = ""; return; }
  if (step !== lastAnnounced) { lastAnnounced = step; els.counterLive.textContent = TEXT.remaining(left); }
}

// ---- Wiring ---------------------------------------------------------------

els.duty.addEventListener("change", () => setDuty(els.duty.checked));
els.comfort.addEventListener("change", () => setComfort(els.comfort.checked));
// Remembered as on from an earlier visit: the browser lets the tone play after a real gesture.
const wakeAudio = () => { if (comfortOn && !ended) audioContext(); };
document.addEventListener("pointerdown", wakeAudio, { capture: true, passive: true });
document.addEventListener("keydown", wakeAudio, { capture: true, passive: true });
els.form.addEventListener("submit", (event) => { event.preventDefault(); submitInput(); });
els.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submitInput();
  }
});
els.input.addEventListener("input", updateCounter);
els.handBack.addEventListener("click", handBack);
els.transferTo.addEventListener("change", updateTransferButton);
els.transfer.addEventListener("click", transferConversation);
els.close.addEventListener("click", () => (els.confirm.hidden ? showConfirm() : hideConfirm()));
els.cancelClose.addEventListener("click", () => hideConfirm());
els.confirmClose.addEventListener("click", closeConversation);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !els.confirm.hidden) hideConfirm();
});
document.addEventListener("keydown", noteActivity, { capture: true, passive: true });
document.addEventListener("pointerdown", noteActivity, { capture: true, passive: true });
setInterval(() => {
  if (ended) return;
  for (const li of els.queue.children) {
    const item = board.waiting.find((w) => w.conversation_id === li.dataset.id);
    if (item) li.querySelector(".waited").textContent = TEXT.waited(waitedNow(item));
  }
}, TICK_MS);

async function start() {
  comfortOn = readComfort();
  els.comfort.checked = comfortOn;
  updateCounter();
  renderBoard();
  renderDuty();
  try {
    const data = await api("GET", "/staff/api/me");
    if (data && typeof data === "object") me = data;
    renderDuty();
    if (me && me.role === "admin") { // a convenience only: the server checks the role
      document.querySelectorAll("a.admin-link").forEach((link) => {
        link.href = link.dataset.href;
        link.hidden = false;
      });
    }
    // The switch stays disabled (as served) until the server said whether we are on duty.
    if (!ended) els.duty.disabled = false;
  } catch (err) {
    failed(err);
  }
  connect();
  loadQueueOnce();
}

start();
