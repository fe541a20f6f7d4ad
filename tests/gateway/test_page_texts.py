"""The chat page's own texts in the help cards' languages (data/help_cards.yml, `page:`).

A person who picks Română or العربية must get the quick exit, the privacy note,
delete and the errors in that language: the gateway serves each card
language's texts (GET /api/languages/{code}/page) and refuses a file whose
texts are incomplete, so a broken translation is found at start, not by a
person in danger looking for the quick exit.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from aiohttp.test_utils import TestServer

from actions.help_cards import DEFAULT_PATH, get_cards
from bot.app import create_app
from bot.public import page_texts

CHAT_JS = Path(__file__).resolve().parents[2] / "bot" / "public" / "static" / "chat.js"
CARD_LANGUAGES = {"ro", "es", "ru", "uk", "pl", "th", "ar", "ti", "so"}


@pytest.fixture
async def client(aiohttp_client, settings, scrubber):
    server = TestServer(create_app(settings, scrubber=scrubber))
    await server.start_server()
    return await aiohttp_client(server)


def _shipped() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path, raw, monkeypatch=None) -> Path:
    path = tmp_path / "help_cards.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    if monkeypatch is not None:
        monkeypatch.setenv("OUTREACH_HELP_CARDS_FILE", str(path))
    return path


def _keys_in_chat_js(language: str) -> list:
    """The keys of TEXTS.<language> in chat.js, in order."""
    source = CHAT_JS.read_text(encoding="utf-8")
    block = re.search(rf"\n  {language}: \{{\n(.*?)\n  \}},", source, re.S)
    assert block, f"TEXTS.{language} not found in chat.js"
    return re.findall(r"^    (\w+):", block.group(1), re.M)


# ---- The shipped file ---------------------------------------------------------------


def test_the_page_keys_are_those_of_the_page_itself():
    assert _keys_in_chat_js("en") == list(page_texts.KEYS)
    assert _keys_in_chat_js("sv") == list(page_texts.KEYS)


def test_every_card_language_has_every_page_text():
    texts = page_texts.load(DEFAULT_PATH)
    assert set(texts) == set(get_cards().cards) == CARD_LANGUAGES
    for code, page in texts.items():
        assert list(page) == list(page_texts.KEYS), code
        assert all(isinstance(text, str) and text.strip() for text in page.values()), code
        assert "{n}" in page["remaining"], code
        assert "112" in page["danger"] and "112" in page["unavailable"], code
        # The gateway prefixes the labels to the message: they end in a space, like TEXTS.en.
        for key in ("labelBot", "labelWorker", "labelUser"):
            assert page[key].endswith(" "), (code, key)


def test_the_page_texts_name_no_number_but_112():
    for code, page in page_texts.load(DEFAULT_PATH).items():
        numbers = set(re.findall(r"\d[\d -]*\d|\d", " ".join(page.values())))
        # 112; the 2000-character limit and the 7 days before deletion, as in TEXTS.en.
        assert numbers <= {"112", "2000", "7"}, (code, numbers)


def test_the_page_texts_are_translations_under_the_cards_check():
    for code, entry in _shipped()["languages"].items():
        assert "page" in entry and "translation" in entry, code
        assert entry["page"]["exit"] != "Leave this page quickly", code
    assert "page texts" in DEFAULT_PATH.read_text(encoding="utf-8").split("version:")[0]


def test_only_arabic_is_written_right_to_left():
    assert {code for code in CARD_LANGUAGES if page_texts.direction(code) == "rtl"} == {"ar"}
    assert page_texts.direction("sv") == page_texts.direction("en") == "ltr"


# ---- Checked when the file is read ----------------------------------------------------


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda page: page.pop("exit"), "missing exit"),
        (lambda page: page.update(exit=["Părăsește"]), "not a text: exit"),
        (lambda page: page.update(danger=None), "not a text: danger"),
        (lambda page: page.update(send="   "), "not a text: send"),
        (lambda page: page.update(exitHnt="Apasă Esc"), "unknown exitHnt"),
        (lambda page: page.update(remaining="Caractere rămase."), "remaining lacks {n}"),
    ],
)
def test_a_broken_page_text_is_refused_by_key(tmp_path, change, said):
    raw = _shipped()
    change(raw["languages"]["ro"]["page"])
    with pytest.raises(ValueError) as refused:
        page_texts.load(_write(tmp_path, raw))
    assert "ro" in str(refused.value) and said in str(refused.value)


def test_a_card_language_without_page_texts_is_refused(tmp_path):
    raw = _shipped()
    del raw["languages"]["ar"]["page"]
    with pytest.raises(ValueError, match="help card ar: no page texts"):
        page_texts.load(_write(tmp_path, raw))


async def test_the_gateway_does_not_start_with_broken_page_texts(
    tmp_path, monkeypatch, settings, scrubber
):
    raw = _shipped()
    raw["languages"]["th"]["page"].pop("delete")
    _write(tmp_path, raw, monkeypatch)
    server = TestServer(create_app(settings, scrubber=scrubber))
    with pytest.raises(ValueError, match="help card th: page texts missing delete"):
        await server.start_server()
    await server.close()


# ---- Served to the page -----------------------------------------------------------------


async def test_the_page_gets_a_card_languages_texts(client):
    response = await client.get("/api/languages/ro/page")
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = await response.json()
    assert body["language"] == "ro" and body["dir"] == "ltr"
    assert list(body["texts"]) == list(page_texts.KEYS)
    assert body["texts"] == _shipped()["languages"]["ro"]["page"]
    assert body["texts"]["exit"] == "Părăsește pagina rapid"


async def test_arabic_comes_right_to_left(client):
    body = await (await client.get("/api/languages/ar/page")).json()
    assert body["dir"] == "rtl"
    assert body["texts"]["exit"] == "مغادرة الصفحة بسرعة"
    assert "112" in body["texts"]["danger"]


async def test_every_language_the_page_offers_but_sv_and_en_has_page_texts(client):
    listed = (await (await client.get("/api/languages")).json())["languages"]
    for entry in listed:
        response = await client.get(f"/api/languages/{entry['code']}/page")
        assert response.status == (404 if entry["code"] in ("sv", "en") else 200), entry


@pytest.mark.parametrize("code", ["xx", "sv", "en", "RO", "ro-RO", "..", "%00"])
async def test_an_unknown_language_is_a_404_in_json(client, code):
    response = await client.get(f"/api/languages/{code}/page")
    assert response.status == 404
    error = (await response.json())["error"]
    assert error["message"] and error["code"] in ("unknown_language", "not_found")


async def test_a_changed_file_is_read_again(client, tmp_path, monkeypatch):
    raw = _shipped()
    path = _write(tmp_path, raw, monkeypatch)
    assert (await (await client.get("/api/languages/es/page")).json())["texts"]["exit"] == (
        "Salir rápido de la página"
    )
    raw["languages"]["es"]["page"]["exit"] = "Salir ya"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert (await (await client.get("/api/languages/es/page")).json())["texts"]["exit"] == (
        "Salir ya"
    )
