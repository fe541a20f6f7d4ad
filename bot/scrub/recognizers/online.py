"""Recognizers for online identifiers: e-mail, IP address, social-media handles."""

from __future__ import annotations

from typing import Optional

import regex as re
import tldextract
from presidio_analyzer import Pattern as PresidioPattern
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer

from bot.scrub.lexicon import is_common_word
from bot.scrub.recognizers.common import _CI, HANDLE, LANGUAGE, RegexRecognizer, Rule

# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------

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

    PATTERNS = [
        *EmailRecognizer.PATTERNS,
        PresidioPattern(
            "E-mail at a known provider without domain ending",
            rf"(?<![\w.+\-@])[\w.+\-]*\w@(?:{_MAIL_PROVIDERS})\b(?!\.\w)",
            0.6,
        ),
        PresidioPattern(
            "E-mail spelled out",
            r"(?<![\w.+\-])\w[\w.+\-]*(?:\s+(?:punkt|dot)\s+[\w+\-]+)*"
            r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|\s*snabel-?a\s*)\s*"
            r"[\w\-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+|\s+punkt\s+)\s*[\w\-]+)+",
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
    r"(?:snap(?:chat)?|snapen|snappen|insta(?:gram)?|instan|ig|kik|tiktok|tiktoken|telegram|"
    r"discord|twitter|wickr|reddit|tinder|twitch|threads|facebook|fb|messenger|skype|"
    r"steam|xbox|psn|bumble|grindr|badoo|onlyfans|fansly|signal|viber|vsco|"
    r"pinterest|tumblr|youtube|spotify|roblox|fortnite)"
)
# No length limit: a cut-off handle would leave its tail in the text.
_HANDLE = r"@?\w(?:[\w.\-]*\w)?"


class SocialHandleRecognizer(RegexRecognizer):
    """User names on social media: "@namn", "snap: namn", "min insta är x".

    After a platform word, a candidate that is an ordinary Swedish word
    ("min snap är hackad", "snap sen") is not a handle. With only a space
    after the platform ("insta sarak") any other word is still taken, at a
    lower score: a missed handle identifies someone, a redacted word only
    costs the bot some understanding. Profile links (instagram.com/namn) are
    handles too.
    """

    BARE_WORD_SCORE = 0.6

    ENTITY = HANDLE
    CONTEXT = ("snap", "snapchat", "insta", "instagram", "kik", "tiktok", "användarnamn")
    RULES = (
        Rule(
            "at-handle",
            re.compile(r"(?<![\w@.+\-])@\w(?:[\w.]*\w)?", _CI),
            0.85,
        ),
        Rule(
            "platform, separator, handle",
            re.compile(
                rf"\b(?P<platform>{_PLATFORM})(?P<sep>\s*[:=]\s*|\s+(?:(?:är|e|ä|heter|=)\s+"
                rf"|(?:namn|namnet|användarnamn)\s*(?:är|e|ä|:)?\s*)|\s+)(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
        ),
        Rule(
            "user name",
            re.compile(
                rf"\b(?:användarnamn(?:et)?|username|user|anv\.?namn)\s*(?::|är|e|ä|=)?\s*"
                rf"(?P<handle>{_HANDLE})",
                _CI,
            ),
            0.8,
            "handle",
        ),
        Rule(
            "profile link",
            re.compile(
                r"(?:https?://)?(?:www\.)?(?:instagram\.com|snapchat\.com/add|tiktok\.com/@?|"
                r"facebook\.com|fb\.com|twitter\.com|x\.com|onlyfans\.com|t\.me|kik\.me)"
                r"/@?[\w.\-]+",
                _CI,
            ),
            0.9,
        ),
    )
    _POSSESSIVE = re.compile(
        r"\b(?:min|mitt|hans|hennes|hens|deras|sin|adda|addar|lägg\s+till|följ|add)\s+"
        r"(?:mig\s+(?:på|i)\s+)?$",
        re.IGNORECASE,
    )

    def score_match(self, text: str, match: re.Match[str], rule: Rule) -> Optional[float]:
        """Drop ordinary words after a platform word."""
        if "handle" not in (match.groupdict() or {}):
            return rule.score
        handle = match.group("handle").lstrip("@")
        if match.group("handle").startswith("@"):
            return rule.score
        if is_common_word(handle) or handle.isdigit() and len(handle) < 3:
            return None
        if rule.name != "platform, separator, handle":
            return rule.score
        looks_like_handle = bool(re.search(r"[\d_.]", handle))
        before = text[max(0, match.start() - 30) : match.start()]
        if looks_like_handle or self._POSSESSIVE.search(before):
            return rule.score
        separator = match.group("sep").strip().lower()
        if not separator:
            return self.BARE_WORD_SCORE
        if separator in {"är", "e", "ä"}:
            return None  # "snap är farligt": a statement about the app
        return rule.score
