"""Recognizers for online identifiers: e-mail, IP address, social-media handles."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Optional

import regex as re
import tldextract
from presidio_analyzer import Pattern as PresidioPattern
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer

from bot.scrub.frequency import is_english_word, is_ordinary_word, zipf
from bot.scrub.lexicon import is_common_word
from bot.scrub.names import FIRST_NAMES
from bot.scrub.recognizers.common import _CI, EMAIL, HANDLE, LANGUAGE, RegexRecognizer, Rule

# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------

_LOCAL_CHARS = r"!#$%&'*+\-/=?^_`{|}~\w"
_MAIL_PROVIDERS = (
    "gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|protonmail|proton|"
    "telia|spray|bredband|comhem|tele2|yandex|mail|gmx|aol"
)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's EmailRecognizer without network access.

    The stock `validate_result` calls `tldextract.extract`, which fetches the
    public suffix list on first use. This one uses the snapshot bundled with
    tldextract and no disk cache. An address with an unknown or misspelt
    top-level domain ("sara@gmail.con") is still redacted, at a lower score:
    a typo does not make it less identifying. Also catches addresses written
    without a domain ending ("sara@hotmail") or spelled out ("sara at gmail
    dot com", "sara snabel-a gmail punkt com").
    """

    # Presidio's own pattern, made possessive: it starts inside every run of
    # dots and letters and backtracks through the rest ("a.b" * 2700 + "@"
    # took seconds). The local part starts where no address character stands.
    PATTERNS = [
        PresidioPattern(
            "Email (Medium)",
            rf"(?<![{_LOCAL_CHARS}.])[{_LOCAL_CHARS}][{_LOCAL_CHARS}.]*+(?<!\.)@"
            r"\w++(?:[-.]\w++)*+(?<=\.\w++(?:-\w++)*+)",
            0.5,
        ),
        PresidioPattern(
            "E-mail at a known provider without domain ending",
            rf"(?<![\w.+\-@])[\w.+\-]*+(?<=\w)@(?:{_MAIL_PROVIDERS})\b(?!\.\w)",
            0.6,
        ),
        # At most eight dotted parts either side: no quadratic time on long prose.
        PresidioPattern(
            "E-mail spelled out",
            r"(?<![\w.+\-])\w[\w.+\-]*+(?:\s++(?:punkt|dot)\s++[\w+\-]++){0,8}+"
            r"\s*+(?:\(at\)|\[at\]|\{at\}|(?<=\s)at(?=\s)|snabel-?a)\s*+"
            r"[\w\-]++(?:\s*+(?:\.|\(dot\)|\[dot\]|(?<=\s)(?:dot|punkt)(?=\s))\s*+[\w\-]++)"
            r"{1,8}",
            0.6,
        ),
    ]
    CONTEXT = ["e-post", "epost", "mejl", "mejla", "mail", "maila", "email", "adress"]
    UNKNOWN_TLD_SCORE = 0.55

    def __init__(self, extractor: Optional[tldextract.TLDExtract] = None) -> None:
        # No URL to fetch, no cache directory: the bundled snapshot only.
        self._extract = extractor or tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=LANGUAGE,
            name="OfflineEmailRecognizer",
        )

    @staticmethod
    def normalise(text: str) -> str:
        """Turn a spelled-out address back into local@domain.tld."""
        out = re.sub(r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|snabel-?a)\s*", "@", text, count=1)
        out = re.sub(r"\s*(?:\(dot\)|\[dot\]|\s+dot\s+|\s+punkt\s+)\s*", ".", out)
        return re.sub(r"\s+", "", out)

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """Known suffix or provider: certain. Otherwise keep the pattern's score."""
        address = self.normalise(pattern_text)
        if address.count("@") != 1:
            return False
        local, domain = address.split("@")
        if not local or not domain:
            return False
        if re.fullmatch(rf"(?:{_MAIL_PROVIDERS})", domain, flags=re.IGNORECASE):
            return True
        if self._extract(domain).fqdn:
            return True
        spelled_out = "@" not in pattern_text
        # A spelled-out address needs a real suffix: "vi ses at home dot ..." is prose.
        return False if spelled_out else None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional[NlpArtifacts] = None,
        regex_flags: Optional[int] = None,
    ) -> list[RecognizerResult]:
        """Like Presidio's, with unknown-suffix matches kept at a lower score."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if result.score < 1.0:
                result.score = max(result.score, self.UNKNOWN_TLD_SCORE)
        return results


# Webmail: nobody "works at gmail", so a name before "på gmail" is an address.
_WEBMAIL = r"gmail|googlemail|hotmail|outlook|icloud|yahoo|protonmail|proton|yandex|gmx|aol"
# Internet providers and words: an address only with an ending or after a mail word.
_ISP = r"telia|spray|bredband|comhem|tele2|live|msn|mail|me"
_MAIL_CUE = re.compile(
    r"\b(?:mejl|mail|e-?post|e-?mail|mejla|maila|mejladress|mailadress|adress)\w*\W*"
    r"(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
# At most eight dotted parts: no quadratic time on "a . a . a ...".
_LOCAL_PART = r"[\w+\-]++(?:(?:\.|\s+\.\s+)[\w+\-]++){0,8}+"


class LooseEmailRecognizer(RegexRecognizer):
    """E-mail addresses written so that no address pattern sees them.

    Spaces around "@" and dots ("sara @ gmail . com", "lisa_k@ outlook. com")
    and a provider after "at", "på" or "hos" ("sarak på gmail", "lisa.k hos
    hotmail.com"). The domain is cut back to the longest part that is a known
    provider or has a real public suffix, so "sara @ gmail. sen" keeps "sen".
    Before a provider word an ordinary word is prose ("jag har skrivit på
    gmail"), unless a mail word comes before it.
    """

    ENTITY = EMAIL
    CONTEXT = ("e-post", "epost", "mejl", "mail", "adress")
    SCORE = 0.8
    RULES = (
        Rule(
            "spaced",
            re.compile(
                rf"(?<![\w.+\-@])(?P<local>{_LOCAL_PART})\s*+@\s*+"
                rf"(?P<domain>[\w\-]++(?:\s*+\.\s*+[\w\-]++){{0,8}}+)",
                _CI,
            ),
            SCORE,
        ),
        Rule(
            "provider word",
            re.compile(
                rf"(?<![\w.+\-@])(?P<local>{_LOCAL_PART})\s+(?:at|på|hos)\s+"
                rf"(?P<domain>(?:{_WEBMAIL}|{_ISP})(?:\s*+\.\s*+(?:com|se|nu|net|org))?)"
                rf"(?![\w@])",
                _CI,
            ),
            SCORE,
        ),
    )

    def __init__(self, extractor: Optional[tldextract.TLDExtract] = None) -> None:
        super().__init__()
        self._extract = extractor or tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        self._extract("example.se")  # load the suffix list now, not in a pool thread

    def _valid_domain(self, domain: str) -> bool:
        if re.fullmatch(rf"(?:{_MAIL_PROVIDERS})", domain, flags=re.IGNORECASE):
            return True
        parts = self._extract(domain)
        return bool(parts.suffix and parts.domain)

    def spans(
        self, text: str, nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> Iterable[tuple[int, int, float]]:
        """Each address, its domain cut back to the longest valid one."""
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                local = re.sub(r"\s+", "", match.group("local"))
                if not self._local_ok(text, match, local, rule):
                    continue
                labels = list(re.finditer(r"[\w\-]+", match.group("domain")))
                for k in range(len(labels), 0, -1):
                    domain = ".".join(m.group() for m in labels[:k])
                    if self._valid_domain(domain):
                        end = match.start("domain") + labels[k - 1].end()
                        yield match.start(), end, rule.score
                        break

    @staticmethod
    def _local_ok(text: str, match: re.Match[str], local: str, rule: Rule) -> bool:
        if is_common_word(local):
            return False
        if rule.name == "spaced" or _looks_like_handle(local):
            return True
        before = text[max(0, match.start() - 60) : match.start()]
        if _MAIL_CUE.search(before):
            return True
        provider = match.group("domain").lower()
        if local.lower() in FIRST_NAMES:
            return re.match(_WEBMAIL, provider) is not None
        return not is_ordinary_word(local, compounds=False)


# --------------------------------------------------------------------------
# Reused generic recognizers, made Swedish
# --------------------------------------------------------------------------


def ip_recognizer() -> IpRecognizer:
    """IPv4/IPv6, validated by `ipaddress`; Swedish context words."""
    return IpRecognizer(
        context=["ip", "ip-adress", "ipadress", "ipv4", "ipv6", "adress"],
        supported_language=LANGUAGE,
    )


# --- social media handles ----------------------------------------------------

_PLATFORM = (
    r"(?:snap(?:chat)?|snapen|snappen|snapchaten|insta(?:gram)?|instan|instat|ig|kik|kiken|"
    r"tiktok|tiktoken|telegram|discord|discorden|twitter|wickr|reddit|tinder|twitch|threads|"
    r"facebook|fb|messenger|skype|steam|xbox|psn|bumble|grindr|badoo|onlyfans|fansly|signal|"
    r"viber|vsco|pinterest|tumblr|youtube|spotify|roblox|fortnite)"
)
# Short forms only ever followed by a colon or equals sign: "sc: namn", "tt= namn".
_PLATFORM_SHORT = r"(?:sc|snp|ig|tt|dc|tg|kik|wa)"
# Possessive, then trailing dots and hyphens are trimmed (Rule.trim): no
# backtracking on long runs. No length limit: a cut-off handle leaves a tail.
_HANDLE = r"@?\w[\w.\-]*+"
_HANDLE_TRIM = ".-"
# "adda kittyxo på snap": verbs after which the next word is a user name.
_ADD_VERB = re.compile(
    r"\b(?:adda|addа|addar|addade|add|lägg\s+till|la\s+till|följ|följer|sök\s+upp|sök\s+på|"
    r"sök|hitta|skriv\s+till|skriv\s+på|finns\s+som|heter)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """ "me", "him", "back", "hmu": never a user name after "add" or "my snap is"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"hmu", "msg", "txt"}


def _looks_like_handle(handle: str) -> bool:
    """Digits, dots or underscores inside: "lisa_99", "bella.swe"."""
    return bool(re.search(r"[\d_.]", handle))


class SocialHandleRecognizer(RegexRecognizer):
    """User names on social media, written before or after the platform.

    "@namn", "snap: namn", "sc: namn", "min insta är x", "snappen är x",
    "adda x på snap", "x på insta". An ordinary word in the handle's place
    ("min snap är hackad", "snap funkar inte", "vi skrev på insta", "adda mig
    på snap") is not a handle. With only a space after the platform ("insta
    sarak") any other word is still taken, at a lower score: a missed handle
    identifies someone, a redacted word only costs the bot some
    understanding. Profile links (instagram.com/namn) are handles too.
    """

    BARE_WORD_SCORE = 0.6

    ENTITY = HANDLE
    CONTEXT = ("snap", "snapchat", "insta", "instagram", "kik", "tiktok", "användarnamn")
    RULES = (
        Rule(
            "at-handle",
            re.compile(r"(?<![\w@.+\-])@\w[\w.]*+", _CI),
            0.85,
            trim=".",
        ),
        Rule(
            "platform, separator, handle",
            re.compile(
                rf"\b(?P<platform>{_PLATFORM})(?P<sep>\s*+[:=]\s*+"
                rf"|\s++(?:är|e|ä|heter|is|=)(?:\s++|\s*+[:=]\s*+)"
                rf"|\s++(?:namn|namnet|användarnamn)\s*+(?:är|e|ä|:)?\s*+|\s++)"
                rf"(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
            _HANDLE_TRIM,
        ),
        Rule(
            "short platform, colon, handle",
            re.compile(
                rf"\b(?P<platform>{_PLATFORM_SHORT})(?P<sep>\s*+[:=]\s*+)(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
            _HANDLE_TRIM,
        ),
        Rule(
            "handle before the platform",
            re.compile(
                rf"(?<![\w@.\-])(?P<handle>{_HANDLE})\s+(?:på|on|via)\s+(?:min\s+|mitt\s+)?"
                rf"{_PLATFORM}\b",
                _CI,
            ),
            0.8,
            "handle",
            _HANDLE_TRIM,
        ),
        Rule(
            "user name",
            re.compile(
                rf"\b(?:användarnamn(?:et)?|username|user|anv\.?namn|"
                rf"(?:snap|insta|tiktok|kik|discord|ig)-?(?:namn(?:et)?|name))"
                rf"\s*+(?::|är|e|ä|is|=)?\s*+"
                rf"(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
            _HANDLE_TRIM,
        ),
        Rule(
            "after an add verb",
            re.compile(
                rf"\b(?:adda|addar|addade|add)\s+(?:mig\s+|me\s+)?(?P<handle>{_HANDLE})", _CI
            ),
            0.75,
            "handle",
            _HANDLE_TRIM,
        ),
        Rule(
            "profile link",
            re.compile(
                r"(?:https?://)?(?:www\.)?(?:instagram\.com|snapchat\.com/add|tiktok\.com/@?|"
                r"facebook\.com|fb\.com|twitter\.com|x\.com|onlyfans\.com|t\.me|kik\.me)"
                r"/@?[\w.\-]++",
                _CI,
            ),
            0.9,
            trim=_HANDLE_TRIM,
        ),
    )
    _POSSESSIVE = re.compile(
        r"\b(?:min|mitt|hans|hennes|hens|deras|sin|adda|addar|lägg\s+till|följ|add|my|his|her|"
        r"their|follow)\s+(?:mig\s+(?:på|i)\s+|me\s+on\s+)?$",
        re.IGNORECASE,
    )
    # "en kille på snap swishar mig": after "på <platform>" the sentence goes on.
    _PREPOSITION = re.compile(
        r"\b(?:på|pa|on|i|in|från|fran|from|via|över|genom|at)\s+$", re.IGNORECASE
    )
    # "add me on snap sweetgirl": the preposition belongs to the request.
    _ADD_ME_ON = re.compile(
        r"\b(?:add|adda|follow|följ)\s+(?:me|mig)\s+(?:on|på)\s+$", re.IGNORECASE
    )
    # Where a handle may stand without an add verb: first in a sentence or
    # after "är", "heter", a colon ("kittyxo på snap om du vill").
    _HANDLE_SLOT = re.compile(
        r"(?:^|[.!?:;,\n(]|\b(?:är|e|ä|heter|namn|namnet|is))\s*$", re.IGNORECASE
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Drop ordinary words where a handle would stand."""
        if "handle" not in (match.groupdict() or {}):
            return rule.score
        raw = match.group("handle").rstrip(_HANDLE_TRIM)
        handle = raw.lstrip("@")
        if raw.startswith("@") and handle:
            return rule.score
        if len(handle) < 2 or is_common_word(handle) or handle.isdigit() and len(handle) < 3:
            return None
        if handle.lower() in english_stop_words():
            return None  # "add me on insta", "my snap is down"
        start = match.start()
        before = text[max(0, start - 30) : start]
        if rule.name == "handle before the platform":
            at_start = start <= 30 and not before.strip()
            return self._before_platform(handle, before, at_start, rule)
        if rule.name == "after an add verb":
            # "adda lisa_xo", "adda kittyxo"; not "adda honom", "adda tillbaka".
            if _looks_like_handle(handle):
                return rule.score
            word = is_ordinary_word(handle, compounds=False) or is_english_word(handle)
            return None if word or handle.lower() in FIRST_NAMES else rule.score
        if rule.name != "platform, separator, handle" or _looks_like_handle(handle):
            return rule.score
        bare = not match.group("sep").strip()
        if bare and self._PREPOSITION.search(before) and not self._ADD_ME_ON.search(before):
            return None  # "en kille på snap swishar mig", "got sextorted on insta"
        if is_ordinary_word(handle, compounds=False) or is_english_word(handle):
            return None  # "snap är farligt", "hennes insta står det"
        if self._POSSESSIVE.search(before) or not bare:
            return rule.score
        return self.BARE_WORD_SCORE

    @classmethod
    def _before_platform(
        cls, handle: str, before: str, at_start: bool, rule: Rule
    ) -> Optional[float]:
        """ "adda kittyxo på snap": after an add verb any non-chat word. Else a
        handle-shaped word, or an unknown word where a handle stands alone
        ("kittyxo på snap om du vill"), not after "säljer" or "en"."""
        if _ADD_VERB.search(before) or _looks_like_handle(handle):
            return rule.score
        lower = handle.lower()
        if lower in FIRST_NAMES or zipf(lower) > 0 or is_english_word(lower):
            return None
        if at_start or cls._HANDLE_SLOT.search(before):
            return rule.score
        return None
