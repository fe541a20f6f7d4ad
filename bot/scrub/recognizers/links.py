"""Links: invite links, personal domains and URLs, labelled <LÄNK>.

A path on a link points at one thing: an invite ("discord.gg/aBc12",
"chat.whatsapp.com/…"), a profile ("linktr.ee/bella"), an article. A bare
domain is someone's own ("sara-nails.se") unless every name in it is an
ordinary word or brand ("google.com", "aftonbladet.se"). The public services
the bot refers to ("umo.se/…", anything under a service's own domain) stay,
whole: the scrubber shields an allowed link from every other recognizer, so
no name or number is cut out of its middle.

Offline: the public suffix list is the snapshot bundled with tldextract.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

import regex as re
import tldextract
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.scrub.frequency import is_ordinary_word
from bot.scrub.lexicon import BRANDS, SERVICE_NAMES
from bot.scrub.recognizers.common import LINK, RegexRecognizer

_URL_CHAR = r"[^\s<>\"'`{}|\\^\[\]]"
_SCHEME_URL = rf"(?:https?://|www\.){_URL_CHAR}++"
# A label is followed by a dot and another label: "umo.se." keeps its full stop.
_DOMAIN_URL = (
    r"(?<![\w@.\-/])(?:[a-z0-9][a-z0-9\-]*+\.(?=[a-z0-9]))++[a-z]{2,24}+(?![\w\-@])"
    rf"(?::\d{{1,5}})?(?:/{_URL_CHAR}*+)?"
)
_URL = re.compile(rf"{_SCHEME_URL}|{_DOMAIN_URL}", re.IGNORECASE)
_TRAILING = ".,!?;:)('\"»"
# Subdomains that name no one.
_PLAIN_SUBDOMAINS = frozenset({"www", "m", "mobile", "web", "app", "chat", "sv", "en"})

# Below a handle after a platform word ("ig: emmi.lu" is a user name).
SCORE = 0.75


def _public_label(label: str) -> bool:
    """An ordinary word, brand, service or short code: names no one."""
    lower = label.lower()
    return (
        len(lower) <= 2
        or lower.isdigit()
        or lower in BRANDS
        or lower in SERVICE_NAMES
        or is_ordinary_word(lower, compounds=False)
    )


class LinkRecognizer(RegexRecognizer):
    """URLs and domains, except public service sites and bare public domains.

    `allowed_domains` are registered domains ("umo.se") whose links stay with
    any path; a domain whose name is a service name ("preventell.se") too.
    """

    ENTITY = LINK
    CONTEXT = ("länk", "länken", "sida", "sidan", "sajt", "hemsida", "url")

    def __init__(self, allowed_domains: Iterable[str] = ()) -> None:
        super().__init__()
        self.allowed_domains = frozenset(d.lower() for d in allowed_domains)
        self._extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        self._extract("example.se")  # load the suffix list now, not in a pool thread

    def links(self, text: str) -> Iterable[tuple[int, int, bool]]:
        """(start, end, redact) of every link in `text`."""
        if "." not in text:
            return
        for match in _URL.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            verdict = self.classify(text[start:end])
            if verdict is not None:
                yield start, end, verdict

    def classify(self, url: str) -> Optional[bool]:
        """True to redact, False to keep, None if `url` is no link after all."""
        schemeless = re.sub(r"^(?:https?://)", "", url, flags=re.IGNORECASE)
        host, rest = re.match(r"([^/?#]*)(.*)", schemeless, flags=re.DOTALL).groups()
        host = host.split(":")[0].lower()
        parts = self._extract(host)
        if not parts.suffix or not parts.domain:
            return None if schemeless == url else True
        registered = f"{parts.domain}.{parts.suffix}"
        if registered in self.allowed_domains or parts.domain in SERVICE_NAMES:
            return False
        if rest.strip("/"):
            return True
        labels = [s for s in parts.subdomain.split(".") if s and s not in _PLAIN_SUBDOMAINS]
        return not all(_public_label(label) for label in [*labels, parts.domain])

    def allowed_spans(self, text: str) -> list[tuple[int, int]]:
        """Links that stay: other findings inside them are dropped."""
        return [(s, e) for s, e, redact in self.links(text) if not redact]

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Links to redact."""
        for start, end, redact in self.links(text):
            if redact:
                yield start, end, SCORE
