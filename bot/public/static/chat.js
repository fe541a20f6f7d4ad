// Public chat page. No framework, no build step, no third-party code.
// The conversation id, token and language live in sessionStorage only (never localStorage, never cookies).

const STORAGE_KEY = "outreach.conversation";
const CHANNEL_KEY = "outreach.channel";
const EXIT_URL = "https://www.google.se/";
// Inside another site's frame (embed.js, GET /embed): the quick exit must leave that site's page.
const EMBEDDED = document.body.classList.contains("embedded");
const EXIT_SIGNAL = "outreach:exit"; // the only message the frame ever sends to the site
// The gateway counts only the operator's codes (OUTREACH_CHANNELS); any other counts as unknown.
const channelCode = (code) => (code && code.length <= 64 ? code : "");
const MAX_LENGTH = 2000;
const COUNTER_STEPS = [200, 100, 50, 20, 0]; // announce remaining characters at these points

const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const ANSWERED = ["sv", "en"]; // the page and the bot speak these; other codes have a help card

// The page's own texts. Swedish and English are here; a help card's language has its own in
// data/help_cards.yml (`page:`, the same keys), fetched once from GET /api/languages/{code}/page.
// Until they arrive the page stays as it is; if they cannot be had, that language gets the
// English page. A key they lack stays English. The bot's messages keep their own lang.
// Keys used with data-i18n in index.html, and by the script itself; `remaining` holds {n}.
// `title` is no longer shown: the tab keeps the operator's neutral title in every language
// (OUTREACH_PAGE_TITLE, put in by the gateway); it stays one of the keys every card language has.
// Texts added later (the folded introduction, hiding a visit, reconnecting) are not here but in
// bot/public/page_texts.py for every language, sent with the page (MORE below).
const TEXTS = {
  sv: {
    title: "Anonym chatt – stöd och råd",
    exit: "Lämna sidan snabbt",
    exitHint: "Tryck Esc två gånger för att lämna snabbt.",
    language: "Språk",
    heading: "Anonym chatt",
    intro: "Här kan du prata om sex mot ersättning, sugardejting, sexköp eller annat som rör sex och utsatthet. Du blir inte dömd.",
    privacyHeading: "Om din integritet",
    privacyAnonymous: "Du är anonym. Vi sparar inget som visar vem du är.",
    privacyScrubbed: "Namn och telefonnummer tas bort automatiskt.",
    privacyDeleted: "Konversationen raderas efter 7 dagar.",
    danger: "Är du i fara – ring 112.",
    delete: "Radera min konversation",
    confirmText: "Vill du radera hela konversationen? Det går inte att ångra.",
    confirmDelete: "Ja, radera",
    cancelDelete: "Avbryt",
    chatHeading: "Konversation",
    typing: "Skriver…",
    inputLabel: "Skriv ditt meddelande",
    send: "Skicka",
    hint: "Enter skickar, Skift + Enter ger ny rad.",
    maxLength: " Högst 2000 tecken.",
    labelBot: "Chatten: ",
    labelWorker: "Uppsökaren: ",
    labelUser: "Du: ",
    workerBadge: "Uppsökare",
    choices: "Svarsalternativ",
    network: "Det gick inte att nå chatten. Kontrollera din uppkoppling och försök igen.",
    generic: "Något gick fel. Försök igen om en stund.",
    busy: "Du skickar många meddelanden just nu. Vänta en liten stund.",
    unavailable: "Chatten svarar inte just nu. Försök igen om en stund. Är du i fara – ring 112.",
    queued: "Du står i kö till en uppsökare. Du kan fortsätta skriva här medan du väntar.",
    human: "Du pratar nu med en uppsökare.",
    handedBack: "Uppsökaren har lämnat samtalet. Nu svarar chattboten igen.",
    closed: "Uppsökaren har avslutat samtalet. Skriv igen om du vill börja ett nytt samtal med chattboten.",
    welcomeBack: "Du fortsätter din konversation. Tidigare meddelanden visas inte igen.",
    deleted: "Konversationen är raderad.",
    remainingNone: "Du har inga tecken kvar.",
    remaining: "Du har {n} tecken kvar.",
  },
  en: {
    title: "Anonymous chat – support and advice",
    exit: "Leave this page quickly",
    exitHint: "Press Esc twice to leave quickly.",
    language: "Language",
    heading: "Anonymous chat",
    intro: "Here you can talk about selling or swapping sex, sugar dating, buying sex, or anything else to do with sex and being exploited or at risk. Nobody here will judge you.",
    privacyHeading: "About your privacy",
    privacyAnonymous: "You are anonymous. We keep nothing that shows who you are.",
    privacyScrubbed: "Names and phone numbers are removed automatically.",
    privacyDeleted: "The conversation is deleted after 7 days.",
    danger: "If you are in danger, call 112.",
    delete: "Delete my conversation",
    confirmText: "Do you want to delete the whole conversation? This cannot be undone.",
    confirmDelete: "Yes, delete it",
    cancelDelete: "Cancel",
    chatHeading: "Conversation",
    typing: "Typing…",
    inputLabel: "Write your message",
    send: "Send",
    hint: "Enter sends, Shift + Enter starts a new line.",
    maxLength: " At most 2000 characters.",
    labelBot: "Chatbot: ",
    labelWorker: "Outreach worker: ",
    labelUser: "You: ",
    workerBadge: "Outreach worker",
    choices: "Answers to choose from",
    network: "We could not reach the chat. Please check your connection and try again.",
    generic: "Something went wrong. Please try again in a little while.",
    busy: "You are sending a lot of messages right now. Please wait a moment and try again.",
    unavailable: "The chat is not answering right now. Please try again in a little while. If you are in danger, call 112.",
    queued: "You are in the queue for an outreach worker. You can keep writing here while you wait.",
    human: "You are now talking with an outreach worker.",
    handedBack: "The outreach worker has left the conversation. The chatbot is answering again.",
    closed: "The outreach worker has ended the conversation. Write again if you would like to start a new conversation with the chatbot.",
    welcomeBack: "You are continuing your conversation. Earlier messages are not shown again.",
    deleted: "Your conversation has been deleted.",
    remainingNone: "You have no characters left.",
    remaining: "You have {n} characters left.",
  },
};
const LABELS = { bot: "labelBot", worker: "labelWorker", user: "labelUser" };

// The later texts by language (MORE_TEXTS in bot/public/page_texts.py), which the gateway
// writes into the page as a JSON data block. A language without them gets English, marked so.
const MORE = (() => {
  try {
    const data = JSON.parse(document.getElementById("more-texts").textContent || "{}");
    if (data && typeof data === "object") return data;
  } catch (_) { /* not filled in: the page keeps its Swedish texts */ }
  return {};
})();

const $ = (id) => document.getElementById(id);
const els = {
  messages: $("messages"), typing: $("typing"), status: $("status"), alert: $("alert"),
  form: $("composer"), input: $("input"), send: $("send"), counter: $("counter"),
  counterLive: $("counter-live"), exit: $("quick-exit"), del: $("delete"),
  confirm: $("confirm"), confirmDelete: $("confirm-delete"), cancelDelete: $("cancel-delete"),
  languageSwitch: $("language-switch"), languageOther: $("language-other"),
  statusText: $("status-text"), connection: $("connection"), about: $("about"),
};

let session = null; // {conversation_id, token, language}, mirrored in sessionStorage
let pendingSession = null; // the conversation being started, so two callers do not start two
let busy = false;
let lastAnnounced = null;
let queueText = null; // the latest "you are number N in the queue" from the live channel
let statusKey = null; // the page text shown as status, so it follows a change of language
let knownState = null; // the conversation's state as last heard (null: not yet)

// The conversation's language: "sv", "en" or a help card's code (ro, ru, …).
let language = "sv";
let chosen = false; // picked on the page: carried over when a new conversation starts
let offered = null; // the help-card language detected in this conversation (the third button)
let languageVersion = 0; // bumped around each choice: answers to earlier messages do not undo it
let namesPromise = null; // {code: own name} from GET /api/languages, fetched once when needed

// The page's texts by language, with their writing direction; help cards' are added as they arrive.
const pages = { sv: { texts: TEXTS.sv, dir: "ltr" }, en: { texts: TEXTS.en, dir: "ltr" } };
const pageRequests = {}; // code -> the request for its texts, while it is on its way
const noPage = new Set(); // help-card languages the gateway has no page texts for: English page
let shown = "sv"; // the language of the page texts on screen

const pageLanguage = () => shown;
const isMore = (key) => !(key in TEXTS.en);
const hasText = (page, key) => (isMore(key)
  ? Boolean(MORE[page]) && typeof MORE[page][key] === "string"
  : Boolean(pages[page]) && typeof pages[page].texts[key] === "string");
// A text in `page`, else in English; undefined only for a later text the gateway did not send.
function textOf(page, key) {
  if (isMore(key)) return hasText(page, key) ? MORE[page][key] : (MORE.en || {})[key];
  return hasText(page, key) ? pages[page].texts[key] : TEXTS.en[key];
}
const pageDir = (page) => (pages[page] ? pages[page].dir : "ltr");
const t = (key) => textOf(shown, key);
const remainingText = (left) => (left === 0 ? t("remainingNone") : t("remaining").replace("{n}", String(left)));

// ---- Session storage ------------------------------------------------------

function loadSession() {
  try {
    const data = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
    if (data && typeof data.conversation_id === "string" && typeof data.token === "string") return data;
  } catch (_) { /* storage blocked or corrupt: start fresh */ }
  return null;
}

function saveSession(data) {
  session = { conversation_id: data.conversation_id, token: data.token, language };
  storeSession();
}

function storeSession() {
  try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)); } catch (_) { /* keep in memory only */ }
}

// The worker's messages are numbered by the gateway; this page has shown the first n.
const workersSeen = () => (session && Number.isInteger(session.workersSeen) ? session.workersSeen : 0);

function forgetSession() {
  session = null;
  knownState = null;
  closeLive();
  try { sessionStorage.removeItem(STORAGE_KEY); } catch (_) { /* nothing to do */ }
}

// ---- API ------------------------------------------------------------------

// status 0: the chat could not be reached. serverMessage: the gateway's own (Swedish) text.
class ApiError extends Error {
  constructor(status, serverMessage) {
    super(serverMessage || `HTTP ${status}`);
    this.status = status;
    this.serverMessage = serverMessage || null;
  }
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session && path.startsWith("/api/conversations/")) headers.Authorization = `Bearer ${session.token}`;
  let res;
  try {
    res = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit", cache: "no-store",
    });
  } catch (_) {
    throw new ApiError(0, null);
  }
  let data = null;
  if (res.status !== 204) {
    try { data = await res.json(); } catch (_) { data = null; }
  }
  if (!res.ok) {
    const message = data && data.error && typeof data.error.message === "string" ? data.error.message : null;
    throw new ApiError(res.status, message);
  }
  return data;
}

// What to tell the person about a failure. The gateway's messages are Swedish: the Swedish
// page shows them, any other page its own text for the kind of failure.
function errorText(err) {
  if (!(err instanceof ApiError)) return t("generic");
  if (pageLanguage() === "sv" && err.serverMessage) return err.serverMessage;
  if (err.status === 0) return t("network");
  if (err.status === 429) return t("busy");
  if (err.status >= 500) return t("unavailable");
  return t("generic");
}

async function ensureSession() {
  if (session) return session;
  if (!pendingSession) {
    pendingSession = (async () => {
      const query = channel ? `?k=${encodeURIComponent(channel)}` : "";
      saveSession(await api("POST", `/api/conversations${query}`));
      connectLive();
      // A language the person picked stays picked in the new conversation (e.g. after a worker closed one).
      if (chosen && language !== "sv") {
        try { await api("PUT", `${conversationPath()}/language`, { language }); } catch (_) { /* detection decides */ }
      }
    })().finally(() => { pendingSession = null; });
  }
  await pendingSession;
  return session;
}

// ---- Live channel: the outreach worker's messages and state changes -------
//
// When it drops (a network change, the gateway restarting), "Återansluter…" shows once, quietly,
// in the status region, and the page tries again after about 1, 2, 4 … and at most 30 seconds
// (each wait between half and all of that, so that many pages do not come back at the same
// moment) until the channel says the state again; then the status goes. Only the token is ever
// sent on it, once per socket: messages go over POST, so nothing is sent twice.

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30000;

let live = null; // the socket open or opening, at most one
let liveUp = false; // the channel has said the state since it opened
let retries = 0; // tries since the channel was last up
let retryTimer = null;
let connectionLost = false; // "Återansluter…" is shown

function connectLive() {
  if (!session || live) return;
  if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
  const token = session.token;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const socket = new WebSocket(`${scheme}//${location.host}${conversationPath()}/ws`);
  live = socket;
  liveUp = false;
  // Browsers cannot send headers on a websocket: the token is the first message, with how
  // many of the worker's messages this page has shown, so that the gateway sends any it
  // missed while the channel was down (a gateway restarting, a phone between networks).
  socket.addEventListener("open", () => socket.send(JSON.stringify({ token, seen: workersSeen() })));
  socket.addEventListener("message", (event) => {
    if (live !== socket) return;
    let data = null;
    try { data = JSON.parse(event.data); } catch (_) { return; }
    if (!data || typeof data !== "object") return;
    if (data.type === "worker" && typeof data.text === "string") {
      if (Number.isInteger(data.n)) {
        if (data.n <= workersSeen()) return; // shown already (sent again after a drop)
        session.workersSeen = data.n;
        storeSession();
      }
      addMessage("worker", data.text);
      scrollToEnd();
    } else if (data.type === "bot" && typeof data.text === "string") {
      addMessage("bot", data.text, language); // e.g. the bot greeting the person back after a hand-back
      scrollToEnd();
    } else if (data.type === "queue" && typeof data.text === "string") {
      queueText = data.text; // place in the queue and the expected wait, in the conversation's language
      showStatus(data.text);
    } else if (data.type === "state") {
      if (!liveUp) { liveUp = true; retries = 0; showConnectionLost(false); }
      // The channel says the state when it opens too: "bot" then is no hand-back.
      const before = knownState;
      knownState = data.state;
      if (data.state !== "queued") queueText = null;
      if (data.state === before && before !== null) return; // back after a drop: nothing new
      if (data.state === "human") showStatusText("human");
      else if (data.state === "queued") showQueued();
      else if (data.state === "bot" && before !== null && before !== "bot") showStatusText("handedBack");
      else if (data.state === "closed") conversationClosed();
    }
  });
  socket.addEventListener("close", (event) => {
    if (live !== socket) return; // closed on purpose (closeLive)
    live = null;
    liveUp = false;
    // 4401/4404: the conversation is gone; the next message starts a new one.
    if (!session || event.code === 4401 || event.code === 4404) { showConnectionLost(false); return; }
    showConnectionLost(true);
    retryLive();
  });
}

function retryLive() {
  if (retryTimer || !session) return;
  const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(retries, 5));
  retries += 1;
  retryTimer = setTimeout(() => { retryTimer = null; connectLive(); }, wait / 2 + Math.random() * (wait / 2));
}

function closeLive() {
  const socket = live;
  live = null;
  liveUp = false;
  retries = 0;
  if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
  showConnectionLost(false);
  if (socket) socket.close();
}

// Said once when the channel drops, not again at every try; cleared when it is back.
function showConnectionLost(lost) {
  if (lost === connectionLost) return;
  connectionLost = lost;
  if (lost) {
    putText(els.connection, "reconnecting", shown);
  } else {
    els.connection.textContent = "";
    els.connection.removeAttribute("lang");
    els.connection.removeAttribute("dir");
  }
}

// Back online, or back to the tab: try at once rather than at the end of the wait.
function retryNow() {
  if (connectionLost && !live && session) connectLive();
}
window.addEventListener("online", retryNow);
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") retryNow(); });

// The worker ended the conversation: the next message starts a new one with the bot.
function conversationClosed() {
  forgetSession();
  showStatusText("closed");
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

// Put the person's choice of language; like postMessage, once more in a new conversation if it is gone.
async function putLanguage(code, retried = false) {
  await ensureSession();
  try {
    return await api("PUT", `${conversationPath()}/language`, { language: code });
  } catch (err) {
    if (!retried && (err.status === 401 || err.status === 404)) {
      forgetSession();
      return putLanguage(code, true);
    }
    throw err;
  }
}

// ---- Language -------------------------------------------------------------

const validLanguage = (code) => typeof code === "string" && LANGUAGE_CODE.test(code);

// The help-card languages' own names (Русский, Română, …), asked for once, when first needed.
function languageNames() {
  if (!namesPromise) {
    namesPromise = api("GET", "/api/languages")
      .then((data) => {
        const names = {};
        for (const item of (data && Array.isArray(data.languages) ? data.languages : [])) {
          if (item && typeof item.code === "string" && typeof item.name === "string") names[item.code] = item.name;
        }
        return names;
      })
      .catch(() => { namesPromise = null; return {}; }); // try again next time
  }
  return namesPromise;
}

// A help card language's page texts, asked for once: true when they are here.
function loadPage(code) {
  if (pages[code]) return Promise.resolve(true);
  if (!pageRequests[code]) {
    pageRequests[code] = api("GET", `/api/languages/${encodeURIComponent(code)}/page`)
      .then((data) => {
        const given = data && data.texts && typeof data.texts === "object" ? data.texts : {};
        const texts = {};
        for (const key of Object.keys(TEXTS.en)) if (typeof given[key] === "string") texts[key] = given[key];
        pages[code] = { texts, dir: data && data.dir === "rtl" ? "rtl" : "ltr" };
        return true;
      })
      .catch((err) => {
        if (err instanceof ApiError && err.status === 404) noPage.add(code);
        return false; // English for now; another try when the language is shown again
      })
      .finally(() => { delete pageRequests[code]; });
  }
  return pageRequests[code];
}

// The page texts for a conversation's language: its own, English when it has none, null while on their way.
function pageFor(code) {
  if (pages[code]) return code;
  if (noPage.has(code)) return "en";
  return null;
}

// One text of the page in an element. A text the language lacks is English, and marked so;
// inside a message (whose lang is the bot's), the page's own language is marked too.
function putText(el, key, page) {
  const text = textOf(page, key);
  if (typeof text !== "string") return; // a later text the page was not sent: left as it is
  el.textContent = text;
  if (!hasText(page, key)) { el.lang = "en"; el.dir = "ltr"; }
  else if (el.closest(".message")) { el.lang = page; el.dir = pageDir(page); }
  else { el.removeAttribute("lang"); el.removeAttribute("dir"); }
}

// Show the page's own texts in `page`, with <html lang> and dir.
function renderPage(page) {
  shown = page;
  document.documentElement.lang = page;
  document.documentElement.dir = pageDir(page);
  document.querySelectorAll("[data-i18n]").forEach((el) => putText(el, el.dataset.i18n, page));
  document.querySelectorAll("[data-i18n-label]").forEach((el) => el.setAttribute("aria-label", textOf(page, el.dataset.i18nLabel)));
  els.messages.querySelectorAll(".message-worker").forEach((el) => { el.dataset.badge = textOf(page, "workerBadge"); });
  if (statusKey) els.statusText.textContent = textOf(page, statusKey);
  if (connectionLost) putText(els.connection, "reconnecting", page);
}

// Show `code` as the conversation's language: page texts, <html lang> and dir, the switch, storage.
function applyLanguage(code) {
  if (!validLanguage(code)) return;
  language = code;
  if (!ANSWERED.includes(code)) offered = code;
  const page = pageFor(code);
  if (page) renderPage(page);
  else loadPage(code).then((ok) => { if (language === code) renderPage(ok ? code : "en"); });
  renderSwitch();
  if (session && session.language !== code) { session.language = code; storeSession(); }
}

function renderSwitch() {
  els.languageSwitch.querySelectorAll("button[data-language]").forEach((btn) => {
    btn.setAttribute("aria-pressed", String(btn.dataset.language === language));
  });
  const other = els.languageOther;
  if (!offered) { other.hidden = true; delete other.dataset.language; return; }
  const code = offered;
  other.dataset.language = code;
  other.lang = code;
  other.setAttribute("aria-pressed", String(code === language));
  if (other.dataset.named === code) { other.hidden = false; return; }
  other.hidden = true; // shown once its name is known, not as a bare code
  languageNames().then((names) => {
    if (offered !== code) return;
    other.textContent = names[code] || code;
    other.dataset.named = code;
    other.hidden = false;
  });
}

let switching = false;

async function chooseLanguage(code) {
  if (switching || !validLanguage(code)) return;
  switching = true;
  els.languageSwitch.setAttribute("aria-busy", "true");
  clearAlert();
  try {
    languageVersion += 1; // answers to messages sent before (or during) the choice do not undo it
    const data = await putLanguage(code);
    languageVersion += 1;
    chosen = true;
    applyLanguage(data && validLanguage(data.language) ? data.language : code);
  } catch (err) {
    showAlert(errorText(err));
  } finally {
    switching = false;
    els.languageSwitch.removeAttribute("aria-busy");
  }
}

// ---- Rendering ------------------------------------------------------------

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

// The newest message in view, just above the input (which sticks to the bottom of the screen).
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

// `lang`: the language the bot wrote in (bot messages only; the page may be in another).
function addMessage(who, text, lang) {
  const item = document.createElement("div");
  item.className = `message message-${who}`;
  item.dataset.testid = `${who}-message`;
  if (who === "bot" && validLanguage(lang)) {
    item.lang = lang;
    // Swedish and English read left to right on any page; a help card finds its own way (Arabic).
    item.dir = ANSWERED.includes(lang) ? "ltr" : "auto";
  } else {
    item.dir = "auto"; // what the person or the worker wrote, in whichever language
  }
  if (who === "worker") item.dataset.badge = t("workerBadge"); // shown by chat.css
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.dataset.i18n = LABELS[who];
  item.append(label);
  putText(label, LABELS[who], shown);
  if (text) {
    const body = document.createElement("p");
    if (who !== "user") appendText(body, text);
    else body.textContent = text;
    item.append(body);
  }
  els.messages.append(item);
  return item;
}

// The bot's choices, inside the message they answer (under its text), so they are read,
// seen and reached with it; once the person has answered, they are disabled (closeChoices).
function addButtons(buttons, message) {
  const group = document.createElement("div");
  group.className = "choices";
  group.setAttribute("role", "group");
  group.dataset.i18nLabel = "choices";
  group.setAttribute("aria-label", t("choices"));
  for (const b of buttons) {
    if (!b || typeof b.title !== "string") continue;
    const btn = document.createElement("button");
    btn.type = "button";
    btn.className = "choice";
    btn.dataset.testid = "bot-button";
    btn.dir = "auto";
    btn.textContent = b.title;
    btn.addEventListener("click", () => chooseButton(group, btn, b));
    group.append(btn);
  }
  if (group.childElementCount) (message || addMessage("bot", "", language)).append(group);
}

function setGroupDisabled(group, disabled) {
  group.querySelectorAll("button").forEach((btn) => { btn.disabled = disabled; });
}

// The choices still open: answered by whatever the person sends next.
const openChoices = () => [...els.messages.querySelectorAll(".choices:not(.answered)")];
function closeChoices(groups) {
  for (const group of groups) { group.classList.add("answered"); setGroupDisabled(group, true); }
}

// A text from the gateway (the place in the queue): Swedish, or English for any other language.
function showStatus(text) {
  statusKey = null;
  els.statusText.textContent = text;
  if (text) { els.statusText.lang = language === "sv" ? "sv" : "en"; els.statusText.dir = "ltr"; }
  if (text) scrollToEnd();
}
// One of the page's own texts, which follows the page's language.
function showStatusText(key) {
  statusKey = key;
  els.statusText.removeAttribute("lang");
  els.statusText.removeAttribute("dir");
  els.statusText.textContent = t(key);
  scrollToEnd();
}
function showQueued() { if (queueText) showStatus(queueText); else showStatusText("queued"); }
function showAlert(text) { els.alert.textContent = text; }
function clearAlert() { els.alert.textContent = ""; }

function renderReply(data) {
  const replies = data && Array.isArray(data.replies) ? data.replies : [];
  const spoken = data && validLanguage(data.language) ? data.language : language;
  let message = null; // the bot's latest message in this reply: its choices go inside it
  for (const r of replies) {
    if (!r || typeof r !== "object") continue;
    // Custom payloads are instructions for the gateway, not text. Whether the
    // person is queued is the gateway's answer (state), not the bot's request.
    if (r.custom && typeof r.custom === "object") continue;
    if (typeof r.text === "string" && r.text.trim()) message = addMessage("bot", r.text, spoken);
    if (Array.isArray(r.buttons) && r.buttons.length) addButtons(r.buttons, message);
  }
  const state = data && data.state;
  if (typeof state === "string") knownState = state;
  if (state !== "queued") queueText = null;
  if (state === "human") showStatusText("human");
  else if (state === "queued") showQueued();
  else if (state === "closed") conversationClosed();
}

// ---- Sending --------------------------------------------------------------

function setBusy(value) {
  busy = value;
  els.send.disabled = value;
  els.typing.hidden = !value;
  els.messages.setAttribute("aria-busy", String(value));
}

// Whether the person last used a pointer (a tap) rather than the keyboard: after a tapped
// choice the input is not focused, which on a phone would pull up the keyboard over the answer.
let pointerUsed = false;
document.addEventListener("pointerdown", () => { pointerUsed = true; }, true);
document.addEventListener("keydown", () => { pointerUsed = false; }, true);

// Send `text` to the bot; `shown` is what appears as the user's bubble (null: nothing shown).
// `refocus`: bring the focus back to the input if sending took it away (a disabled button).
async function send(text, shown, refocus = Boolean(shown)) {
  if (busy) return false;
  setBusy(true);
  clearAlert();
  const answered = openChoices(); // answered by this message, once it is through
  const bubble = shown ? addMessage("user", shown) : null;
  if (bubble) scrollToEnd();
  const version = languageVersion;
  try {
    const data = await postMessage(text);
    closeChoices(answered);
    // The language the gateway found (e.g. English from what the person wrote), unless the
    // person chose one while this message was on its way.
    if (data && version === languageVersion && validLanguage(data.language) && data.language !== language) {
      applyLanguage(data.language);
    }
    renderReply(data);
    if (shown) scrollToEnd(); // the silent greeting leaves the top of the page in view
    return true;
  } catch (err) {
    if (bubble) bubble.remove(); // not sent: the text goes back to the input or the button
    showAlert(errorText(err));
    return false;
  } finally {
    setBusy(false);
    // Disabling the focused control drops focus to <body>; bring it back to the input
    // (only after something the person did, so loading the page never grabs focus).
    if (refocus && (!document.activeElement || document.activeElement === document.body)) els.input.focus();
  }
}

async function chooseButton(group, btn, button) {
  if (busy || group.classList.contains("answered")) return;
  setGroupDisabled(group, true);
  btn.classList.add("chosen");
  const payload = typeof button.payload === "string" && button.payload ? button.payload : button.title;
  const ok = await send(payload, button.title, !pointerUsed);
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
  if (step !== lastAnnounced) { lastAnnounced = step; els.counterLive.textContent = remainingText(left); }
}

// ---- Quick exit -----------------------------------------------------------

function quickExit() {
  try { sessionStorage.clear(); } catch (_) { /* nothing to do */ } // the language goes with it
  session = null;
  language = "sv";
  chosen = false;
  els.messages.textContent = "";
  if (!EMBEDDED) { location.replace(EXIT_URL); return; } // replace: no way back with "back"
  // Framed: the site's embed.js replaces its own page on this signal. After a click the frame
  // may also do it itself (a site that framed the chat without embed.js); failing both, at
  // least the frame goes blank.
  window.parent.postMessage(EXIT_SIGNAL, "*");
  if (navigator.userActivation && navigator.userActivation.isActive) {
    try { window.top.location.replace(EXIT_URL); return; } catch (_) { /* not allowed */ }
  }
  location.replace("about:blank");
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
    forgetSession(); // the language goes with it: the page falls back to Swedish
    els.messages.textContent = "";
    closeConfirm();
    const was = pageLanguage();
    chosen = false;
    offered = null;
    applyLanguage("sv");
    showStatusText("deleted"); // a fresh conversation starts when the person writes again
    if (was !== "sv") { // say it in the language the person was reading too
      const said = document.createElement("span");
      said.lang = hasText(was, "deleted") ? was : "en";
      said.dir = hasText(was, "deleted") ? pageDir(was) : "ltr";
      said.textContent = textOf(was, "deleted");
      els.statusText.append(" ", said);
    }
  } catch (err) {
    showAlert(errorText(err));
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
els.languageSwitch.addEventListener("click", (event) => {
  const btn = event.target.closest("button[data-language]");
  if (btn) chooseLanguage(btn.dataset.language);
});

// ---- Phone: the on-screen keyboard ---------------------------------------
//
// The viewport meta asks for interactive-widget=resizes-content: where a browser honours it
// (Chrome on Android), the keyboard shrinks the page and the input, sticky at the bottom, stays
// above it. Where it does not (Safari on iOS), the keyboard only shrinks the visual viewport:
// the part of the page it covers is measured here and the input lifted by as much
// (--keyboard-inset in chat.css). Either way the newest message is brought back into view.

const viewport = window.visualViewport;
let keyboardInset = 0;

function fitToKeyboard() {
  // Zoomed in, the visual viewport is smaller for another reason: leave the page alone.
  const inset = viewport.scale > 1.01 ? 0 : Math.max(0, Math.round(window.innerHeight - viewport.height - viewport.offsetTop));
  if (inset !== keyboardInset) {
    keyboardInset = inset;
    document.documentElement.style.setProperty("--keyboard-inset", `${inset}px`);
  }
  if (document.activeElement === els.input) scrollToEnd();
}

if (viewport) {
  viewport.addEventListener("resize", fitToKeyboard);
  viewport.addEventListener("scroll", fitToKeyboard);
}

// The introduction and the privacy note are one short line on a phone; on a wide screen there
// is room, and they are open from the start (either way the person can fold or open them).
if (window.matchMedia("(min-width: 48rem)").matches) els.about.open = true;

// The channel code of the link or embed (?k=…), kept for this tab only, and taken out of the
// address so that the history shows the bare chat address.
function readChannel() {
  const params = new URLSearchParams(location.search);
  const code = channelCode(params.get("k"));
  try {
    if (code) sessionStorage.setItem(CHANNEL_KEY, code);
    if (params.has("k") && !EMBEDDED) history.replaceState(null, "", location.pathname);
    return channelCode(sessionStorage.getItem(CHANNEL_KEY));
  } catch (_) {
    return code; // storage blocked: this page load only
  }
}
const channel = readChannel();

// A reload keeps the conversation, but messages are not stored in the browser.
session = loadSession();
applyLanguage(session && validLanguage(session.language) ? session.language : "sv");
updateCounter();
if (session) { showStatusText("welcomeBack"); connectLive(); }
else send("/greet", null); // greet silently so the bot's welcome appears
