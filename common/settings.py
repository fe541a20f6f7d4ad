"""Gateway settings, read once from the environment (prefix OUTREACH_).

Rasa's tracker store (engine/tracker_store.py) reads the same settings, so both
processes use one database and one set of keys; this module therefore needs
nothing beyond the standard library and `cryptography`.

Secrets (the Fernet keys that encrypt stored text, the HMAC key that hides
conversation ids from Rasa) come from the environment or from key files that
are created on first run with mode 0600 under the data directory; they are
never in the repository and never logged.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional, Tuple

from cryptography.fernet import Fernet

PREFIX = "OUTREACH_"
# The repository: the data files and the scrubber's model are found from here.
ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting is missing or malformed: the gateway refuses to start."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str = field(repr=False)
    rasa_urls: Tuple[str, ...]
    fernet_keys: Tuple[bytes, ...] = field(repr=False)
    hmac_key: bytes = field(repr=False)
    host: str = "127.0.0.1"
    port: int = 8080
    retention_days: float = 7.0
    retention_interval_s: float = 3600.0
    max_message_chars: int = 2000
    max_body_bytes: int = 16 * 1024
    rate_limit_per_minute: int = 20
    # Gateway-wide: opening new conversations is how a per-conversation limit is bypassed.
    new_conversations_per_minute: int = 30
    # A message that cannot be scrubbed within this time is refused, never kept unscrubbed.
    scrub_timeout_s: float = 5.0
    rasa_timeout_s: float = 15.0
    staff_idle_minutes: float = 30.0
    # Behind a TLS-terminating proxy: believe its X-Forwarded-Proto (Secure cookies).
    trust_forwarded_proto: bool = False
    ner_model: Path = ROOT / "bot" / "scrub" / "sv_ner"
    directory_file: Path = ROOT / "data" / "services.yml"
    chat_hours_file: Path = ROOT / "data" / "chat_hours.yml"
    # The bot's own buttons: their payloads are the only texts that skip the scrubber.
    domain_dir: Path = ROOT / "domain"
    # The chat page's <title>: what a browser tab, the history and a bookmark show. Neutral
    # by default, so that nobody glancing at the screen or the history learns what it is.
    page_title: str = "Chatt"
    # The sites allowed to frame the embeddable chat (/embed), as CSP frame-ancestors origins.
    # Nothing else may frame any page; with none set, only the gateway's own pages may.
    embed_origins: Tuple[str, ...] = ()
    # The channel codes the operator hands out in links and embeds (?k=annonssajt): the
    # statistics count new conversations by code and day, and nothing else about a visit.
    channels: Tuple[str, ...] = ()
    # Shared by every gateway when set (several behind a proxy): the live hub's messages,
    # the rate limits, budgets and login limits. Without it one gateway keeps them in memory.
    redis_url: Optional[str] = field(default=None, repr=False)

    @property
    def log_safe_database_url(self) -> str:
        """The database URL with any password masked, for start-up logs."""
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)


def _key_file(path: Path, create: bytes) -> bytes:
    """Read a key file, creating it with mode 0600 on first run."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # Rasa and the gateway start together: the other one won.
        else:
            with os.fdopen(fd, "wb") as out:
                out.write(create)
    if path.stat().st_mode & 0o077:
        raise SettingsError(f"{path} must not be readable by others (chmod 600)")
    return path.read_bytes()


def parse_fernet_keys(raw: str, name: str) -> Tuple[bytes, ...]:
    """Comma- or line-separated Fernet keys, newest first; SettingsError names `name`."""
    keys = tuple(k.strip().encode() for k in raw.replace(",", "\n").splitlines() if k.strip())
    if not keys:
        raise SettingsError(name + " holds no key")
    for key in keys:
        try:
            Fernet(key)
        except ValueError as error:
            raise SettingsError(f"{name}: not a Fernet key ({error})") from None
    return keys


def _fernet_keys(env: Mapping[str, str], data_dir: Path) -> Tuple[bytes, ...]:
    raw = env.get(PREFIX + "FERNET_KEYS")
    if raw is None:
        raw = _key_file(data_dir / "keys" / "fernet.keys", Fernet.generate_key() + b"\n").decode()
    return parse_fernet_keys(raw, PREFIX + "FERNET_KEYS")


def _hmac_key(env: Mapping[str, str], data_dir: Path) -> bytes:
    raw: Optional[str] = env.get(PREFIX + "HMAC_KEY")
    if raw is not None:
        key = raw.encode()
    else:
        key = _key_file(data_dir / "keys" / "hmac.key", os.urandom(32).hex().encode()).strip()
    if len(key) < 32:
        raise SettingsError(PREFIX + "HMAC_KEY must be at least 32 characters")
    return key


def _flag(env: Mapping[str, str], name: str) -> bool:
    value = env.get(name, "false").strip().lower()
    if value not in ("true", "false", "1", "0"):
        raise SettingsError(f"{name} must be true or false")
    return value in ("true", "1")


# A title is one short line of plain text (it is HTML-escaped where it is put in the page).
MAX_PAGE_TITLE_CHARS = 80


def _page_title(env: Mapping[str, str]) -> str:
    name = PREFIX + "PAGE_TITLE"
    title = " ".join(env.get(name, Settings.page_title).split())
    if not title:
        raise SettingsError(f"{name} must not be empty")
    if len(title) > MAX_PAGE_TITLE_CHARS:
        raise SettingsError(f"{name} must be at most {MAX_PAGE_TITLE_CHARS} characters")
    if any(not character.isprintable() for character in title):
        raise SettingsError(f"{name} must be plain text")
    return title


# An origin as CSP's frame-ancestors takes it: a scheme, a host (a leading "*." allows its
# subdomains) and an optional port; no path, no quotes, nothing that could end the directive.
_ORIGIN = re.compile(r"^https?://(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$")
# A channel code: short, lower case, safe in a URL and in a statistics key.
CHANNEL = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def _listed(env: Mapping[str, str], name: str) -> Tuple[str, ...]:
    """A comma- or space-separated list, in order, without repeats."""
    items = env.get(PREFIX + name, "").replace(",", " ").split()
    return tuple(dict.fromkeys(items))


def _embed_origins(env: Mapping[str, str]) -> Tuple[str, ...]:
    origins = tuple(origin.lower().rstrip("/") for origin in _listed(env, "EMBED_ORIGINS"))
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise SettingsError(
                f"{PREFIX}EMBED_ORIGINS: {origin!r} is not an origin like https://www.example.se"
            )
    return origins


def _channels(env: Mapping[str, str]) -> Tuple[str, ...]:
    codes = _listed(env, "CHANNELS")
    for code in codes:
        if not CHANNEL.match(code):
            raise SettingsError(
                f"{PREFIX}CHANNELS: {code!r} is not a code of at most 32 lower-case letters, "
                "digits, - or _"
            )
    return codes


def _redis_url(env: Mapping[str, str]) -> Optional[str]:
    raw = env.get(PREFIX + "REDIS_URL", "").strip()
    if not raw:
        return None
    if not raw.startswith(("redis://", "rediss://")):
        raise SettingsError(PREFIX + "REDIS_URL must start with redis:// or rediss://")
    return raw


def load_settings(env: Optional[Mapping[str, str]] = None) -> Settings:
    """Build the settings from the environment; raise SettingsError on bad values."""
    env = os.environ if env is None else env
    data_dir = Path(env.get(PREFIX + "DATA_DIR", "var")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    database_url = env.get(
        PREFIX + "DATABASE_URL", f"sqlite+aiosqlite:///{data_dir / 'gateway.db'}"
    )
    rasa_urls = tuple(
        u.strip().rstrip("/")
        for u in env.get(PREFIX + "RASA_URLS", "http://127.0.0.1:5005").split(",")
        if u.strip()
    )
    if not rasa_urls:
        raise SettingsError(PREFIX + "RASA_URLS is empty")
    try:
        numbers = {
            "port": int(env.get(PREFIX + "PORT", 8080)),
            "retention_days": float(env.get(PREFIX + "RETENTION_DAYS", 7)),
            "rate_limit_per_minute": int(env.get(PREFIX + "RATE_LIMIT_PER_MINUTE", 20)),
            "new_conversations_per_minute": int(
                env.get(PREFIX + "NEW_CONVERSATIONS_PER_MINUTE", 30)
            ),
            "staff_idle_minutes": float(env.get(PREFIX + "STAFF_IDLE_MINUTES", 30)),
        }
    except ValueError as error:
        raise SettingsError(f"a numeric {PREFIX} setting is malformed: {error}") from None
    for name, value in numbers.items():
        if value <= 0:
            raise SettingsError(f"{PREFIX}{name.upper()} must be greater than 0")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        rasa_urls=rasa_urls,
        fernet_keys=_fernet_keys(env, data_dir),
        hmac_key=_hmac_key(env, data_dir),
        host=env.get(PREFIX + "HOST", "127.0.0.1"),
        domain_dir=Path(env.get(PREFIX + "DOMAIN_DIR", Settings.domain_dir)),
        chat_hours_file=Path(env.get(PREFIX + "CHAT_HOURS_FILE", Settings.chat_hours_file)),
        # The same variable the actions read (actions/directory.py).
        directory_file=Path(env.get(PREFIX + "DIRECTORY_FILE", Settings.directory_file)),
        trust_forwarded_proto=_flag(env, PREFIX + "TRUST_FORWARDED_PROTO"),
        page_title=_page_title(env),
        embed_origins=_embed_origins(env),
        channels=_channels(env),
        redis_url=_redis_url(env),
        **numbers,
    )
