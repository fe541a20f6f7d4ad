"""The English wording of a directory fact, as the admin form edits it.

The bot tells someone who writes English a fact's `en` text where it has one
(`actions.directory.Fact.text`, used for a service's description and for a
contact's opening hours); without one they get the Swedish value. The
directory form edits the opening hours, so each hours fact gets a field
"<prefix>-en" under its Swedish value:

* what the field holds is stored as `en`; an empty field means no English text;
* the English said the old Swedish value: when the Swedish changes and the
  English field still holds the old English text, that text is dropped (and the
  admin is told to write it again) rather than kept as a stale fact;
* a post without the field at all is read as "the English was not touched";
* English with no Swedish value is refused: it would translate nothing.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

LABEL = "Engelska (visas för den som skriver på engelska)"
HINT = "Tomt betyder ingen engelsk text; då får den som skriver på engelska den svenska."

# What happened to a fact's English text in an edit (None: nothing to report).
DROPPED = "dropped"  # the Swedish changed and the English did not: the English went
ORPHAN = "orphan"  # English text without the Swedish value it translates

ORPHAN_PROBLEM = (
    "det finns en engelsk text men ingen svensk – skriv den svenska texten också,"
    " eller töm fältet för engelska"
)

Outcome = Optional[str]


def field_name(prefix: str) -> str:
    """The form field of the English text of the fact whose fields start with `prefix`."""
    return f"{prefix}-en"


def _sent(form: Mapping[str, Any], prefix: str, old_english: Optional[str]) -> Optional[str]:
    name = field_name(prefix)
    if name not in form:
        return old_english
    return str(form[name]).strip() or None


def english_for(
    old: Optional[Mapping[str, Any]], value: str, form: Mapping[str, Any], prefix: str
) -> Tuple[Optional[str], Outcome]:
    """The `en` text the edited fact keeps (None: none), and what to tell the admin.

    `old` is the fact as the file has it (None when it is new) and `value` the
    Swedish value the form sent ("" when the fact is being emptied).
    """
    old = old or {}
    old_english = old.get("en")
    sent = _sent(form, prefix, old_english)
    if not value:
        return None, ORPHAN if sent and sent != old_english else None
    if old_english and sent == old_english and old.get("value") != value:
        return None, DROPPED
    return sent, None


def with_english(fact: Mapping[str, Any], english: Optional[str]) -> Dict[str, Any]:
    """The fact with `en` right after `value` (or without `en` when there is none)."""
    result: Dict[str, Any] = {}
    for key, item in fact.items():
        if key == "en":
            continue
        result[key] = item
        if key == "value" and english:
            result["en"] = english
    return result


def dropped_notice(what: str) -> str:
    return (
        f"Den engelska texten för {what} togs bort eftersom den svenska ändrades"
        " – skriv den engelska igen."
    )


def indices_query(indices: Iterable[int]) -> str:
    return ",".join(str(index) for index in indices)


def parse_indices(text: Optional[str], count: int) -> List[int]:
    """The contact indices a redirect named, ignoring anything that is not one."""
    indices = []
    for part in (text or "").split(","):
        if part.isdigit() and int(part) < count and int(part) not in indices:
            indices.append(int(part))
    return indices
