// Public chat page. No framework, no build step, no third-party code.
// The conversation id and token live in sessionStorage only (never localStorage, never cookies).

const STORAGE_KEY = "outreach.conversation";
const EXIT_URL = "https://www.google.se/";
const MAX_LENGTH = 2000;
const COUNTER_STEPS = [200, 100, 50, 20, 0]; // announce remaining characters at these points

const TEXT = {
  network: "Det gick inte att nå chatten. Kontrollera din uppkoppling och försök igen.",
  generic: "Något gick fel. Försök igen om en stund.",
  queued: "Du står i kö till en uppsökare. Du kan fortsätta skriva här medan du väntar.",
  human: "Du pratar nu med en uppsökare.",
  handedBack: "Uppsökaren har lämnat samtalet. Nu svarar chattboten igen.",
  closed: "Uppsökaren har avslutat samtalet. Skriv igen om du vill börja ett nytt samtal med chattboten.",
  welcomeBack: "Du fortsätter din konversation. Tidigare meddelanden visas inte igen.",
  deleted: "Konversationen är raderad.",
  remaining: (n) => (n === 0 ? "Du har inga tecken kvar." : `Du har ${n} tecken kvar.`),
};

const $ = (id) => document.getElementById(id);
const els = {
  messages: $("messages"), typing: $("typing"), status: $("status"), alert: $("alert"),
  form: $("composer"), input: $("input"), send: $("send"), counter: $("counter"),
  counterLive: $("counter-live"), exit: $("quick-exit"), del: $("delete"),
  confirm: $("confirm"), confirmDelete: $("confirm-delete"), cancelDelete: $("cancel-delete"),
};

let session = null; // {conversation_id, token}, mirrored in sessionStorage
let busy = false;
let lastAnnounced = null;
let queueText = null; // the latest "you are number N in the queue" from the live channel

// ---- Session storage ------------------------------------------------------

function loadSession() {
  try {
    const data = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
    if (data && typeof data.conversation_id === "string" && typeof data.token === "string") return data;
  } catch (_) { /* storage blocked or corrupt: start fresh */ }
  return null;
}

function saveSession(data) {
  session = { conversation_id: data.conversation_id, token: data.token };
  try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)); } catch (_) { /* keep in memory only */ }
}

function forgetSession() {
  session = null;
  closeLive();
  try { sessionStorage.removeItem(STORAGE_KEY); } catch (_) { /* nothing to do */ }
}

// ---- API ------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session && path !== "/api/conversations") headers.Authorization = `Bearer ${session.token}`;
  let res;
  try {
    res = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit", cache: "no-store",
    });
  } catch (_) {
    throw new ApiError(0, TEXT.network);
  }
  let data = null;
  if (res.status !== 204) {
    try { data = await res.json(); } catch (_) { data = null; }
  }
  if (!res.ok) {
    const message = data && data.error && typeof data.error.message === "string" ? data.error.message : TEXT.generic;
    throw new ApiError(res.status, message);
  }
  return data;
}

async function ensureSession() {
  if (!session) {
    saveSession(await api("POST", "/api/conversations"));
    connectLive();
  }
  return session;
}

// ---- Live channel: the outreach worker's messages and state changes -------

let live = null;

function connectLive() {
  if (!session || live) return;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const socket = new WebSocket(`${scheme}//${location.host}${conversationPath()}/ws`);
  live = socket;
  // Browsers cannot send headers on a websocket: the token is the first message.
  socket.addEventListener("open", () => socket.send(JSON.stringify({ token: session.token })));
  socket.addEventListener("message", (event) => {
    let data = null;
    try { data = JSON.parse(event.data); } catch (_) { return; }
    if (data.type === "worker" && typeof data.text === "string") {
      addMessage("worker", data.text);
      scrollToEnd();
    } else if (data.type === "bot" && typeof data.text === "string") {
      addMessage("bot", data.text); // e.g. the bot greeting the person back after a hand-back
      scrollToEnd();
    } else if (data.type === "queue" && typeof data.text === "string") {
      queueText = data.text; // place in the queue and the expected wait
      showStatus(data.text);
    } else if (data.type === "state") {
      if (data.state !== "queued") queueText = null;
      if (data.state === "human") showStatus(TEXT.human);
      else if (data.state === "queued") showStatus(queueText || TEXT.queued);
      else if (data.state === "bot") showStatus(TEXT.handedBack);
      else if (data.state === "closed") conversationClosed();
    }
  });
  socket.addEventListener("close", (event) => {
    if (live === socket) live = null;
    // 4401/4404: the conversation is gone; otherwise try again in a while.
    if (session && event.code !== 4401 && event.code !== 4404) setTimeout(connectLive, 3000);
  });
}

function closeLive() {
  const socket = live;
  live = null;
  if (socket) socket.close();
}

// The worker ended the conversation: the next message starts a new one with the bot.
function conversationClosed() {
  forgetSession();
  showStatus(TEXT.closed);
}

const conversationPath = () => `/api/conversations/${encodeURIComponent(session.conversation_id)}`;

// Post a message; if the conversation is gone (401/404), start a new one once and retry.
async function postMessage(text, retried = false) {
  await ensureSession();
  try {
    return await api("POST", `${conversationPath()}/messages`, { text });
  } catch (err) {
    if (!retried && (err.status === 401 || err.status === 404)) {
      forgetSession();
      return postMessage(text, true);
    }
    throw err;
  }
}

// ---- Rendering ------------------------------------------------------------

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function scrollToEnd() {
  window.scrollTo({ top: document.documentElement.scrollHeight, behavior: prefersReducedMotion() ? "auto" : "smooth" });
}

// Turn http(s) links in bot text into links; everything else stays plain text.
function appendText(parent, text) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g);
  parts.forEach((part, i) => {
    if (i % 2 === 0) { if (part) parent.append(part); return; }
    const a = document.createElement("a");
    a.href = part; a.textContent = part; a.target = "_blank"; a.rel = "noopener noreferrer";
    parent.append(a);
  });
}

function addMessage(who, text) {
  const item = document.createElement("div");
  item.className = `message message-${who}`;
  item.dataset.testid = `${who}-message`;
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.textContent = { bot: "Chatten: ", worker: "Uppsökaren: ", user: "Du: " }[who];
  const body = document.createElement("p");
  if (who !== "user") appendText(body, text);
  else body.textContent = text;
  item.append(label, body);
  els.messages.append(item);
  return item;
}

function addButtons(buttons) {
  const group = document.createElement("div");
  group.className = "choices";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Svarsalternativ");
  for (const b of buttons) {
    if (!b || typeof b.title !== "string") continue;
    const btn = document.createElement("button");
    btn.type = "button";
    btn.className = "choice";
    btn.dataset.testid = "bot-button";
    btn.textContent = b.title;
    btn.addEventListener("click", () => chooseButton(group, btn, b));
    group.append(btn);
  }
  if (group.childElementCount) els.messages.append(group);
}

function setGroupDisabled(group, disabled) {
  group.querySelectorAll("button").forEach((btn) => { btn.disabled = disabled; });
}

function showStatus(text) { els.status.textContent = text; }
function showAlert(text) { els.alert.textContent = text; }
function clearAlert() { els.alert.textContent = ""; }

function renderReply(data) {
  const replies = data && Array.isArray(data.replies) ? data.replies : [];
  for (const r of replies) {
    if (!r || typeof r !== "object") continue;
    // Custom payloads are instructions for the gateway, not text. Whether the
    // person is queued is the gateway's answer (state), not the bot's request.
    if (r.custom && typeof r.custom === "object") continue;
    if (typeof r.text === "string" && r.text.trim()) addMessage("bot", r.text);
    if (Array.isArray(r.buttons) && r.buttons.length) addButtons(r.buttons);
  }
  const state = data && data.state;
  if (state !== "queued") queueText = null;
  if (state === "human") showStatus(TEXT.human);
  else if (state === "queued") showStatus(queueText || TEXT.queued);
  else if (state === "closed") conversationClosed();
}

// ---- Sending --------------------------------------------------------------

function setBusy(value) {
  busy = value;
  els.send.disabled = value;
  els.typing.hidden = !value;
  els.messages.setAttribute("aria-busy", String(value));
}

// Send `text` to the bot; `shown` is what appears as the user's bubble (null: nothing shown).
async function send(text, shown) {
  if (busy) return false;
  setBusy(true);
  clearAlert();
  const bubble = shown ? addMessage("user", shown) : null;
  if (bubble) scrollToEnd();
  try {
    renderReply(await postMessage(text));
    if (shown) scrollToEnd(); // the silent greeting leaves the privacy note in view
    return true;
  } catch (err) {
    if (bubble) bubble.remove(); // not sent: the text goes back to the input or the button
    showAlert(err instanceof ApiError ? err.message : TEXT.generic);
    return false;
  } finally {
    setBusy(false);
    // Disabling the focused control drops focus to <body>; bring it back to the input
    // (only after something the person did, so loading the page never grabs focus).
    if (shown && (!document.activeElement || document.activeElement === document.body)) els.input.focus();
  }
}

async function chooseButton(group, btn, button) {
  if (busy) return;
  setGroupDisabled(group, true);
  btn.classList.add("chosen");
  const payload = typeof button.payload === "string" && button.payload ? button.payload : button.title;
  const ok = await send(payload, button.title);
  if (!ok) { setGroupDisabled(group, false); btn.classList.remove("chosen"); }
}

async function submitInput() {
  const text = els.input.value.trim();
  if (!text || busy) return;
  showStatus("");
  els.input.value = "";
  updateCounter();
  const ok = await send(text, text);
  if (!ok && !els.input.value) { els.input.value = text; updateCounter(); } // keep the text so it can be resent
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

// ---- Quick exit -----------------------------------------------------------

function quickExit() {
  try { sessionStorage.clear(); } catch (_) { /* nothing to do */ }
  session = null;
  els.messages.textContent = "";
  location.replace(EXIT_URL); // replace: the back button does not return to the chat
}

let lastEscape = 0;
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const now = Date.now();
  if (now - lastEscape <= 1000) { quickExit(); return; }
  lastEscape = now;
  if (!els.confirm.hidden) closeConfirm();
});

// ---- Delete conversation --------------------------------------------------

function openConfirm() {
  els.confirm.hidden = false;
  els.del.setAttribute("aria-expanded", "true");
  els.cancelDelete.focus();
}

function closeConfirm() {
  els.confirm.hidden = true;
  els.del.setAttribute("aria-expanded", "false");
  els.del.focus();
}

async function deleteConversation() {
  els.confirmDelete.disabled = true;
  clearAlert();
  try {
    if (session) {
      try {
        await api("DELETE", conversationPath());
      } catch (err) {
        if (err.status !== 401 && err.status !== 404) throw err; // already gone counts as deleted
      }
    }
    forgetSession();
    els.messages.textContent = "";
    closeConfirm();
    showStatus(TEXT.deleted); // a fresh conversation starts when the person writes again
  } catch (err) {
    showAlert(err instanceof ApiError ? err.message : TEXT.generic);
  } finally {
    els.confirmDelete.disabled = false;
  }
}

// ---- Wiring ---------------------------------------------------------------

els.form.addEventListener("submit", (event) => { event.preventDefault(); submitInput(); });
els.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submitInput();
  }
});
els.input.addEventListener("input", updateCounter);
els.exit.addEventListener("click", quickExit);
els.del.addEventListener("click", () => (els.confirm.hidden ? openConfirm() : closeConfirm()));
els.cancelDelete.addEventListener("click", closeConfirm);
els.confirmDelete.addEventListener("click", deleteConversation);

// A reload keeps the conversation, but messages are not stored in the browser.
session = loadSession();
updateCounter();
if (session) { showStatus(TEXT.welcomeBack); connectLive(); }
else send("/greet", null); // greet silently so the bot's welcome appears
