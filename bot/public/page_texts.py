"""The chat page's own texts in the help cards' languages (data/help_cards.yml, `page:`).

The page carries its Swedish and English texts itself (TEXTS in static/chat.js).
When the conversation is in a help card's language (Română, العربية, …) it asks
GET /api/languages/{code}/page once and shows those texts instead, with
<html lang> set to the code and dir="rtl" for a right-to-left script. A key the
answer lacks stays English on the page.

The texts are AI drafts like the cards, under the same `translation.checked_by`.
The file is checked whenever the gateway reads it (at start, and again after it
changes): each language's `page` must have exactly the page's keys, every one a
non-empty string, and `remaining` must hold `{n}`. A broken file is an error,
never a half-translated page.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

from actions.help_cards import cards_path

# The keys of TEXTS.en in static/chat.js, in its order.
KEYS = (
    "title", "exit", "exitHint", "language", "heading", "intro", "privacyHeading",
    "privacyAnonymous", "privacyScrubbed", "privacyDeleted", "danger", "delete",
    "confirmText", "confirmDelete", "cancelDelete", "chatHeading", "typing", "inputLabel",
    "send", "hint", "maxLength", "labelBot", "labelWorker", "labelUser", "workerBadge",
    "choices", "network", "generic", "busy", "unavailable", "queued", "human", "handedBack",
    "closed", "welcomeBack", "deleted", "remainingNone", "remaining",
)
# Texts the page fills in: what each must hold.
PLACEHOLDERS = {"remaining": "{n}"}
# Languages written right to left (of the cards today: Arabic).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb"})

Texts = Dict[str, Dict[str, str]]


def direction(code: str) -> str:
    """The page's writing direction in a language: "rtl" or "ltr"."""
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def check(code: str, page: Any) -> Dict[str, str]:
    """One language's page texts, or ValueError naming what is wrong with them."""
    if not isinstance(page, dict):
        raise ValueError(f"help card {code}: no page texts (a `page:` mapping of {len(KEYS)} keys)")
    problems = []
    missing = [key for key in KEYS if key not in page]
    if missing:
        problems.append("missing " + ", ".join(missing))
    unknown = sorted(str(key) for key in page if key not in KEYS)
    if unknown:
        problems.append("unknown " + ", ".join(unknown))
    bad = [
        key for key in KEYS
        if key in page and not (isinstance(page[key], str) and page[key].strip())
    ]
    if bad:
        problems.append("not a text: " + ", ".join(bad))
    for key, mark in PLACEHOLDERS.items():
        if key not in missing and key not in bad and mark not in page[key]:
            problems.append(f"{key} lacks {mark}")
    if problems:
        raise ValueError(f"help card {code}: page texts " + "; ".join(problems))
    return {key: page[key] for key in KEYS}


def load(path: Path) -> Texts:
    """Every help card language's page texts, checked."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    languages = raw.get("languages") or {}
    return {
        str(code): check(str(code), (entry or {}).get("page") if isinstance(entry, dict) else None)
        for code, entry in languages.items()
    }


_lock = threading.Lock()
_cache: Dict[Path, Tuple[float, Texts]] = {}


def get_all() -> Texts:
    """The page texts of every card language, re-read (and re-checked) when the file changes."""
    path = cards_path()
    mtime = path.stat().st_mtime
    with _lock:
        cached = _cache.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, load(path))
            _cache[path] = cached
        return cached[1]


def get(code: str) -> Optional[Dict[str, str]]:
    """One language's page texts; None when it has no help card (sv and en live in the page)."""
    return get_all().get(code)


# ---- Texts the page gained after the cards' `page:` texts were written (issue 13) ----------
#
# The folded introduction, "how to hide your visit" beside the quick exit and the quiet
# reconnection status. They live here, for Swedish and English too, and reach the page with
# the page itself: the gateway writes them into index.html (app.index), so the note on hiding
# a visit is there before any request can fail. A language without its own texts here gets
# the English ones, marked lang="en" by the page, like a key missing from a card's `page:`.

MORE_KEYS = (
    "aboutSummary", "hideSummary", "hidePrivate", "hideHistory", "hideExit", "reconnecting",
)

MORE_TEXTS: Texts = {
    "sv": {
        "aboutSummary": "Om chatten och din integritet",
        "hideSummary": "Så döljer du ditt besök",
        "hidePrivate": "Öppna chatten i ett privat fönster (inkognito). Då sparas den inte i "
        "webbläsarens historik när du stänger fönstret.",
        "hideHistory": "Har du använt ett vanligt fönster: radera sidan ur webbläsarens "
        "historik efteråt.",
        "hideExit": "Knappen för att lämna snabbt tar dig till en annan sida, men den "
        "raderar inte historiken.",
        "reconnecting": "Återansluter…",
    },
    "en": {
        "aboutSummary": "About the chat and your privacy",
        "hideSummary": "How to hide your visit",
        "hidePrivate": "Open the chat in a private (incognito) window. Then it is not kept "
        "in the browser's history once you close the window.",
        "hideHistory": "If you used an ordinary window, delete this page from the browser's "
        "history afterwards.",
        "hideExit": "The quick exit takes you to another site, but it does not clear your "
        "history.",
        "reconnecting": "Reconnecting…",
    },
    "ro": {
        "aboutSummary": "Despre chat și confidențialitatea ta",
        "hideSummary": "Cum să-ți ascunzi vizita",
        "hidePrivate": "Deschide chatul într-o fereastră privată (incognito). Așa nu rămâne "
        "în istoricul browserului după ce închizi fereastra.",
        "hideHistory": "Dacă ai folosit o fereastră obișnuită, șterge apoi pagina din "
        "istoricul browserului.",
        "hideExit": "Butonul de ieșire rapidă te duce pe alt site, dar nu șterge istoricul.",
        "reconnecting": "Se reconectează…",
    },
    "es": {
        "aboutSummary": "Sobre el chat y tu privacidad",
        "hideSummary": "Cómo ocultar tu visita",
        "hidePrivate": "Abre el chat en una ventana privada (de incógnito). Así no queda en "
        "el historial del navegador cuando cierras la ventana.",
        "hideHistory": "Si usaste una ventana normal, borra después esta página del "
        "historial del navegador.",
        "hideExit": "El botón de salida rápida te lleva a otra página, pero no borra el "
        "historial.",
        "reconnecting": "Reconectando…",
    },
    "ru": {
        "aboutSummary": "О чате и конфиденциальности",
        "hideSummary": "Как скрыть посещение",
        "hidePrivate": "Откройте чат в приватном окне (режим инкогнито). Тогда он не "
        "останется в истории браузера после закрытия окна.",
        "hideHistory": "Если вы пользовались обычным окном, удалите потом эту страницу из "
        "истории браузера.",
        "hideExit": "Кнопка быстрого выхода открывает другой сайт, но не удаляет историю.",
        "reconnecting": "Переподключение…",
    },
    "uk": {
        "aboutSummary": "Про чат і конфіденційність",
        "hideSummary": "Як приховати відвідування",
        "hidePrivate": "Відкрийте чат у приватному вікні (режим інкогніто). Тоді він не "
        "залишиться в історії браузера після закриття вікна.",
        "hideHistory": "Якщо ви користувалися звичайним вікном, видаліть потім цю сторінку "
        "з історії браузера.",
        "hideExit": "Кнопка швидкого виходу відкриває інший сайт, але не видаляє історію.",
        "reconnecting": "Повторне підключення…",
    },
    "pl": {
        "aboutSummary": "O czacie i Twojej prywatności",
        "hideSummary": "Jak ukryć swoją wizytę",
        "hidePrivate": "Otwórz czat w oknie prywatnym (incognito). Wtedy nie zostanie w "
        "historii przeglądarki po zamknięciu okna.",
        "hideHistory": "Jeśli korzystasz ze zwykłego okna, usuń potem tę stronę z historii "
        "przeglądarki.",
        "hideExit": "Przycisk szybkiego wyjścia przenosi na inną stronę, ale nie usuwa "
        "historii.",
        "reconnecting": "Ponowne łączenie…",
    },
    "th": {
        "aboutSummary": "เกี่ยวกับแชทและความเป็นส่วนตัวของคุณ",
        "hideSummary": "วิธีซ่อนการเข้าชมของคุณ",
        "hidePrivate": "เปิดแชทในหน้าต่างส่วนตัว (โหมดไม่ระบุตัวตน) "
        "แล้วแชทจะไม่ถูกเก็บไว้ในประวัติของเบราว์เซอร์เมื่อคุณปิดหน้าต่าง",
        "hideHistory": "ถ้าคุณใช้หน้าต่างปกติ ให้ลบหน้านี้ออกจากประวัติของเบราว์เซอร์ภายหลัง",
        "hideExit": "ปุ่มออกอย่างรวดเร็วจะพาคุณไปยังเว็บไซต์อื่น แต่จะไม่ลบประวัติ",
        "reconnecting": "กำลังเชื่อมต่อใหม่…",
    },
    "ar": {
        "aboutSummary": "عن المحادثة وخصوصيتك",
        "hideSummary": "كيف تخفي زيارتك",
        "hidePrivate": "افتح المحادثة في نافذة خاصة (التصفح المتخفي). عندها لا تبقى في سجل "
        "المتصفح بعد إغلاق النافذة.",
        "hideHistory": "إذا استخدمت نافذة عادية، فاحذف هذه الصفحة من سجل المتصفح بعد ذلك.",
        "hideExit": "زر المغادرة السريعة ينقلك إلى موقع آخر، لكنه لا يحذف السجل.",
        "reconnecting": "جارٍ إعادة الاتصال…",
    },
}

# Who wrote each card language's texts above, recorded as `translation:` records it for the
# cards in data/help_cards.yml: AI drafts, `checked_by` None until a native speaker has
# checked them. Tigrinya and Somali have no draft that could be relied on: their page shows
# these texts in English ("fallback") until someone writes and checks them.
_DRAFT = {"by": "AI draft (issue 13)", "checked_by": None}
MORE_TRANSLATION: Dict[str, Dict[str, Optional[str]]] = {
    **{code: dict(_DRAFT) for code in ("ro", "es", "ru", "uk", "pl", "th", "ar")},
    **{code: {"by": None, "checked_by": None, "fallback": "en"} for code in ("ti", "so")},
}


def more_texts() -> Texts:
    """The later texts by language (sv, en and the card languages that have them), checked."""
    for code, texts in MORE_TEXTS.items():
        if tuple(texts) != MORE_KEYS or not all(
            isinstance(text, str) and text.strip() for text in texts.values()
        ):
            raise ValueError(f"page texts {code}: the later texts need exactly {MORE_KEYS}")
        if code not in ("sv", "en") and code not in MORE_TRANSLATION:
            raise ValueError(f"page texts {code}: no translation record")
    return {code: dict(texts) for code, texts in MORE_TEXTS.items()}
