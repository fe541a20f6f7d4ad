"""Training and held-out NLU data stay apart, and every intent has enough of both."""

import difflib
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MIN_TRAIN, MIN_TEST = 25, 10
# Above this similarity a held-out example is a copy of a training one.
NEAR_COPY = 0.9


def _examples(folder: Path) -> dict:
    by_intent = defaultdict(list)
    for path in sorted(folder.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block:
                lines = block["examples"].splitlines()
                examples = [ln[2:].strip() for ln in lines if ln.startswith("- ")]
                by_intent[block["intent"]] += examples
    return by_intent


def normalise(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", text)  # entity markup
    # Combining marks stay with their letters: Thai vowels and tones split a word otherwise.
    kept = "".join(
        c if c.isalnum() or c.isspace() or c == "_" or unicodedata.category(c).startswith("M")
        else " "
        for c in text.lower()
    )
    return " ".join(kept.split())


TRAIN = _examples(ROOT / "data" / "nlu")
TEST = _examples(ROOT / "tests" / "nlu")


def _domain_intents() -> set:
    intents = set()
    for path in (ROOT / "domain").glob("*.yml"):
        intents |= set(yaml.safe_load(path.read_text(encoding="utf-8")).get("intents", []))
    return intents


def test_every_intent_has_training_and_held_out_examples():
    for intent in _domain_intents():
        assert len(TRAIN[intent]) >= MIN_TRAIN, intent
        assert len(TEST[intent]) >= MIN_TEST, intent


def test_no_held_out_example_is_in_the_training_data():
    train = {normalise(t) for examples in TRAIN.values() for t in examples}
    leaked = [t for examples in TEST.values() for t in examples if normalise(t) in train]
    assert leaked == []


@pytest.mark.parametrize("intent", sorted(TEST))
def test_no_held_out_example_is_a_near_copy_of_a_training_example(intent):
    train = [normalise(t) for examples in TRAIN.values() for t in examples]
    for text in TEST[intent]:
        close = difflib.get_close_matches(normalise(text), train, n=1, cutoff=NEAR_COPY)
        assert not close, f"{text!r} is a near copy of training example {close[0]!r}"


def test_no_training_example_has_two_intents():
    seen = {}
    for intent, examples in TRAIN.items():
        for text in examples:
            other = seen.setdefault(normalise(text), intent)
            assert other == intent, f"{text!r} is both {other} and {intent}"


def _routing_texts() -> list:
    """Every message of the routing set (tests/routing/)."""
    texts = []
    for path in sorted(ROOT.glob("tests/routing/**/*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        texts += [m["text"] for m in data.get("messages") or []]
        texts += [t["text"] for c in data.get("conversations") or [] for t in c["turns"]]
    return texts


def test_the_routing_sets_exist_and_no_training_example_copies_them():
    routing = {normalise(t) for t in _routing_texts()}
    assert len(routing) >= 200
    train = [normalise(t) for examples in TRAIN.values() for t in examples]
    # Short answers ("16", "ja") are the same everywhere; longer ones must not be copied.
    copied = [t for t in train if len(t.split()) > 3 and t in routing]
    assert copied == []
    longer = [t for t in routing if len(t.split()) > 3]
    near = [
        (t, close[0])
        for t in longer
        for close in [difflib.get_close_matches(t, train, n=1, cutoff=NEAR_COPY)]
        if close
    ]
    assert near == []


def test_the_learned_models_situations_copy_no_routing_message():
    # data/situations/ trains the learned readings (engine/nlu/learned.py); the routing
    # sets measure them, so none of their longer messages may be in it, even reworded.
    from engine.nlu.learned import acute_label, load_examples

    examples = load_examples(acute_label, ROOT / "data" / "situations")
    situations = {normalise(text) for text, _ in examples}
    assert len(situations) >= 5000
    longer = [t for t in {normalise(t) for t in _routing_texts()} if len(t.split()) > 3]
    copied = [t for t in longer if t in situations]
    assert copied == []
    near = [
        (t, close[0])
        for t in longer
        for close in [difflib.get_close_matches(t, list(situations), n=1, cutoff=NEAR_COPY)]
        if close
    ]
    assert near == []
