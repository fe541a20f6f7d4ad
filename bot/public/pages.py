"""The chat page and what it loads: `/`, `/embed`, `/embed.js`, the favicon, the
static files and the API description; `setup` adds these and the public API."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import yaml
from aiohttp import web

from bot.foundation.keys import SETTINGS
from bot.public import api, live, page_texts
from common.settings import Settings

STATIC = Path(__file__).resolve().parent / "static"
OPENAPI = Path(__file__).resolve().parent / "openapi.yaml"
# The only page another site may frame (see bot/app.py's embed_policy).
EMBED_PAGE = "/embed"
EMBED_SCRIPT = "/embed.js"

# Filled in when the page is served: the operator's title (OUTREACH_PAGE_TITLE) and the page
# texts kept in page_texts.py (MORE_TEXTS), as a JSON data block that chat.js reads.
_TITLE = re.compile(r"<title>[^<]*</title>")
_MORE_TEXTS = re.compile(r'(<script type="application/json" id="more-texts">)[^<]*(</script>)')
FAVICON = STATIC / "favicon.svg"


_BODY = re.compile(r"<body>")


def render_index(settings: Settings, embedded: bool = False) -> str:
    """index.html with the configured, neutral title and the page's later texts.

    `embedded`: the page inside another site's frame (embed.js), whose quick
    exit leaves that site's page, not only the frame.
    """
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    if embedded:
        page = _BODY.sub('<body class="embedded">', page, count=1)
    title = f"<title>{html.escape(settings.page_title, quote=False)}</title>"
    page = _TITLE.sub(lambda _: title, page, count=1)
    # "<" is escaped, so no text can end the data block early.
    data = json.dumps(page_texts.more_texts(), ensure_ascii=False).replace("<", "\\u003c")
    return _MORE_TEXTS.sub(lambda match: match.group(1) + data + match.group(2), page, count=1)


async def index(request: web.Request) -> web.Response:
    return web.Response(text=render_index(request.app[SETTINGS]), content_type="text/html")


async def embed(request: web.Request) -> web.Response:
    """The chat for a frame on an allowed site (see EMBED_PAGE and embed_policy)."""
    page = render_index(request.app[SETTINGS], embedded=True)
    return web.Response(text=page, content_type="text/html")


async def embed_script(request: web.Request) -> web.FileResponse:
    """The script a site includes for a "Chatta anonymt" button that opens the chat framed."""
    return web.FileResponse(
        STATIC / "embed.js", headers={"Content-Type": "text/javascript; charset=utf-8"}
    )


async def favicon(request: web.Request) -> web.FileResponse:
    """A neutral speech bubble, so that browsers asking for /favicon.ico get an icon, not a 404."""
    return web.FileResponse(FAVICON, headers={"Content-Type": "image/svg+xml"})


async def openapi(request: web.Request) -> web.Response:
    """The public API's description (bot/public/openapi.yaml), as JSON."""
    return web.json_response(load_openapi())


def load_openapi() -> dict:
    return yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))



def setup(app: web.Application) -> None:
    """The public face's routes: the page and the person's API and live channel."""
    app.router.add_get("/", index)
    app.router.add_get(EMBED_PAGE, embed)
    app.router.add_get(EMBED_SCRIPT, embed_script)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/healthz", api.healthz)
    app.router.add_get("/api/openapi.json", openapi)
    app.router.add_post("/api/conversations", api.create_conversation)
    app.router.add_post("/api/conversations/{conversation_id}/messages", api.post_message)
    app.router.add_delete("/api/conversations/{conversation_id}", api.delete_conversation)
    app.router.add_put("/api/conversations/{conversation_id}/language", api.choose_language)
    app.router.add_get("/api/languages", api.languages)
    app.router.add_get("/api/languages/{code}/page", api.page_texts_of)
    app.router.add_get("/api/conversations/{conversation_id}/ws", live.live)
