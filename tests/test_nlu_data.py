"""Training and held-out NLU data stay apart, and every intent has enough of both."""

import difflib
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
MIN_TRAIN, MIN_TEST = 25, 10
# Above this similarity a held-out example is a copy of a training one.
NEAR_COPY = 0.9


def near_copy(text: str, candidates: list) -> list:
    """difflib's closest match at NEAR_COPY or above ([] when none), found fast.

    difflib alone compares every pair in Python and took minutes of each CI run.
    rapidfuzz's ratio (2 x the longest common subsequence / total length, in C++)
    is never below difflib's (its matching blocks are one common subsequence), so
    keeping only the candidates rapidfuzz puts at the bar or above loses no match,
    and difflib then decides on those few exactly as before.
    """
    few = [found for found, _, _ in process.extract(
        text, candidates, scorer=fuzz.ratio, score_cutoff=NEAR_COPY * 100 - 1e-6, limit=None)]
    return difflib.get_close_matches(text, few, n=1, cutoff=NEAR_COPY)


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
        close = near_copy(normalise(text), train)
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
        for close in [near_copy(t, train)]
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
        for close in [near_copy(t, list(situations))]
        if close
    ]
    assert near == []
