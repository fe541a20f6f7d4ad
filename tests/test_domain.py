"""The domain's texts: no invented numbers, nothing unused, Swedish for people."""

import re
from pathlib import Path

import yaml

from actions.directory import DEFAULT_PATH, load_directory

ROOT = Path(__file__).resolve().parent.parent
# Digit groups that look like a phone number (at least three digits), but
# not years such as 2022.
PHONE_LIKE = re.compile(r"(?<![\w-])\d[\d -]{1,12}\d(?![\w-])")


def _responses():
    responses = {}
    for path in sorted((ROOT / "domain").glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses", {}))
    return responses


def _texts():
    for name, variants in _responses().items():
        for variant in variants:
            yield name, variant.get("text", "")
            for button in variant.get("buttons", []):
                yield name, button["title"]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_every_number_in_a_response_comes_from_the_directory():
    known = {_digits(n) for n in load_directory(DEFAULT_PATH).phone_numbers()}
    for name, text in _texts():
        for match in PHONE_LIKE.finditer(text):
            digits = _digits(match.group())
            if len(digits) < 3 or re.fullmatch(r"(19|20)\d\d", digits):
                continue
            assert digits in known, f"{name}: {match.group()} is not in data/services.yml"


def test_every_response_is_used_by_a_rule_a_story_or_an_action():
    used_text = "\n".join(
        p.read_text(encoding="utf-8")
        for pattern in ("data/rules/*.yml", "data/stories/*.yml", "actions/*.py")
        for p in ROOT.glob(pattern)
    )
    unused = [name for name in _responses() if name not in used_text]
    # Built at run time from a prefix: f"utter_ask_age_{whose}", f"utter_if_{suffix}...",
    # f"utter_line_{service}" (one per service in the directory, some per need),
    # f"utter_crisis_reminder_{kind}".
    dynamic = ("utter_ask_age_", "utter_if_", "utter_line_", "utter_crisis_reminder_")
    assert [n for n in unused if not n.startswith(dynamic)] == []


def test_the_bot_never_uses_degrading_words():
    for name, text in _texts():
        assert not re.search(r"\b(torsk|prostituerad|hora)\w*", text, re.IGNORECASE), name
