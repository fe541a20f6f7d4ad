// The embeddable chat: a site includes
//   <script src="https://CHAT-ADDRESS/embed.js" data-channel="CODE" async></script>
// and gets a "Chatta anonymt" button that opens the chat in a frame served by the gateway
// (CHAT-ADDRESS/embed, which only the sites in OUTREACH_EMBED_ORIGINS may frame).
//
// What the site learns: nothing of the conversation. The frame is another origin, so the site
// cannot read it; the only message the frame ever sends is the quick exit's signal, on which
// this script replaces the site's page (not only the frame) with a neutral one. No cookie is set,
// nothing is stored, nothing is loaded from anywhere but the chat's own address, and the frame
// is not told which page it sits on (no referrer).
// data-channel: the operator's channel code (OUTREACH_CHANNELS), counted per day and nothing else.
// data-text: the button's text, if not "Chatta anonymt".
(() => {
  "use strict";

  const EXIT_URL = "https://www.google.se/"; // as the chat page's own quick exit
  const EXIT_SIGNAL = "outreach:exit";

  const script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  if (!script || window.__outreachChat) return; // included twice: one button is enough
  window.__outreachChat = true;
  const origin = new URL(script.src, location.href).origin;
  const channel = script.dataset.channel || "";
  const chatUrl = `${origin}/embed${channel ? `?k=${encodeURIComponent(channel.slice(0, 64))}` : ""}`;

  const style = (element, properties) => Object.assign(element.style, properties);
  const BLUE = "#0b4f8a";

  const launcher = document.createElement("button");
  launcher.type = "button";
  launcher.textContent = script.dataset.text || "Chatta anonymt";
  launcher.setAttribute("aria-expanded", "false");
  launcher.dataset.outreach = "open";
  style(launcher, {
    position: "fixed", right: "1rem", bottom: "1rem", zIndex: "2147483646",
    padding: "0.75rem 1.25rem", border: "0", borderRadius: "1.5rem",
    background: BLUE, color: "#fff", font: "600 1rem/1.2 system-ui, sans-serif",
    boxShadow: "0 2px 8px rgba(0,0,0,0.3)", cursor: "pointer",
  });

  let panel = null;
  let frame = null;

  function build() {
    panel = document.createElement("div");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", launcher.textContent);
    panel.dataset.outreach = "panel";
    const narrow = window.matchMedia("(max-width: 30rem)").matches;
    style(panel, {
      position: "fixed", zIndex: "2147483647", display: "flex", flexDirection: "column",
      background: "#fff", boxShadow: "0 4px 24px rgba(0,0,0,0.35)",
      ...(narrow
        ? { inset: "0" }
        : { right: "1rem", bottom: "1rem", width: "min(26rem, calc(100vw - 2rem))",
            height: "min(44rem, calc(100vh - 2rem))", borderRadius: "0.75rem", overflow: "hidden" }),
    });
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Stäng chatten";
    close.dataset.outreach = "close";
    style(close, {
      alignSelf: "flex-end", margin: "0.25rem", padding: "0.5rem 0.75rem", border: "0",
      background: "transparent", color: BLUE, font: "600 0.95rem/1.2 system-ui, sans-serif",
      textDecoration: "underline", cursor: "pointer",
    });
    close.addEventListener("click", hide);
    frame = document.createElement("iframe");
    frame.src = chatUrl;
    frame.title = launcher.textContent;
    frame.referrerPolicy = "no-referrer"; // the chat is not told which page it sits on
    frame.setAttribute("allow", ""); // no camera, microphone, location or the like
    style(frame, { flex: "1", width: "100%", border: "0" });
    panel.append(close, frame);
    document.body.append(panel);
  }

  function show() {
    if (!panel) build(); // kept once built: closing and opening again keeps the conversation
    panel.hidden = false;
    panel.style.display = "flex";
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    frame.focus();
  }

  function hide() {
    panel.hidden = true;
    panel.style.display = "none";
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", show);
  window.addEventListener("message", (event) => {
    // Only the chat's own frame, and only its one signal: leave this site's page at once,
    // without a way back to it (replace, not a new history entry).
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
    if (event.data === EXIT_SIGNAL) location.replace(EXIT_URL);
  });

  const place = () => document.body.append(launcher);
  if (document.body) place();
  else document.addEventListener("DOMContentLoaded", place);
})();
