"""Two second opinions learned from outside writers: a crisis, and a child concerned.

The rules (crisis.py, suicide_cues.py, age.py) are lists of phrasings, and every
new writer brings phrasings they lack: on the never-read routing sets about one
acute case in seven went without 112, and young people whose age the rules did
not find were asked it instead of hearing of Stödcentrum and BRIS. These
models are trained on `data/situations/`: some 5,400 whole first messages by
about forty separate writers, each labelled with what the person must be told.
From character and word n-grams of the folded text they learn the field of
words around danger, suicide and being young rather than fixed phrases, typos
and missing å/ä/ö included.

- The *acute* model reads danger now or suicidal thoughts; `situation.analyze`
  adds the crisis when the rules read none. It never removes one.
- The *minor* model reads whether the person concerned is under 18; when no
  age is said, `routing.route` then shows the youth services while it asks the
  age, so an adult can still correct it.

Pure scikit-learn, so they are tested and measured without Rasa
(`components.LearnedReadings` trains and persists them inside the Rasa model).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Sequence, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union

from bot.nlu.text import fold

SITUATIONS = Path("data/situations")
NONE, DANGER, SUICIDAL = 0, 1, 2
KIND = {DANGER: "danger", SUICIDAL: "suicidal"}
# Both thresholds were chosen by writer-disjoint five-fold cross-validation on
# data/situations (files held out whole, so no writer is in both halves).
# At 0.6 the acute model found 91 % of the acute messages, with 39 false
# alarms among 4,694 others (0.8 %).
ACUTE_THRESHOLD = 0.6
# At 0.9 the minor model flagged 77 of the 1,511 messages in which the rules
# found no age; all 77 concerned someone under 18 (60 % of those 128).
MINOR_THRESHOLD = 0.9

Example = Tuple[str, int]
Labeller = Callable[[dict, dict], Optional[int]]  # None: no example for this model


def acute_label(case: dict, expected: dict) -> int:
    """What must come first: 112 and 90101 (suicidal), 112 (danger), or neither."""
    first = expected.get("first") or []
    if "mind" in first:
        return SUICIDAL
    return DANGER if "emergency" in first else NONE


def minor_label(case: dict, expected: dict) -> Optional[int]:
    """1 when the person the message is about (the writer or another) is under 18.

    None for a conversation's opening: its `minor` is the whole conversation's,
    often said only in a later turn ("tror jag har fått nån könssjukdom", then
    "e 14"), and the opening alone would teach the model to guess.
    """
    if "turns" in case:
        return None
    return int(bool(case.get("minor")))


def load_examples(labeller: Labeller, directory: Path = SITUATIONS) -> List[Example]:
    """Every situation file's examples (`examples_in`), in file order."""
    paths = sorted(directory.glob("*.yml"))
    if not paths:
        raise FileNotFoundError(f"no situation files in {directory}/ to learn from")
    return [example for path in paths for example in examples_in(path, labeller)]


def examples_in(path: Path, labeller: Labeller) -> List[Example]:
    """One file's whole first messages, with their labels.

    A conversation gives only its opening turn: a later turn ("ja", "16")
    means what it means because of the turns before it.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    labelled = [(m["text"], labeller(m, m)) for m in data.get("messages") or []]
    for conversation in data.get("conversations") or []:
        opening = conversation["turns"][0]
        if any(opening.get(key) for key in ("must", "must_not", "first")):
            labelled.append((opening["text"], labeller(conversation, opening)))
    return [(text, label) for text, label in labelled if label is not None]


def digest(directory: Path = SITUATIONS) -> str:
    """A fingerprint of the situation files: Rasa retrains the models when they change."""
    sha = hashlib.sha256()
    for path in sorted(directory.glob("*.yml")):
        sha.update(path.name.encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


class Model:
    """A trained pipeline and the probabilities it gives one message."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._columns = {int(c): i for i, c in enumerate(pipeline.classes_)}

    def probabilities(self, text: str) -> dict:
        """Each label's probability for `text`."""
        row = self.pipeline.predict_proba([fold(text)])[0]
        return {label: float(row[column]) for label, column in self._columns.items()}


class AcuteModel(Model):
    def reading(self, text: str) -> Tuple[str, float]:
        """The likelier crisis ("danger" or "suicidal") and how likely any crisis is."""
        p = self.probabilities(text)
        kind = "suicidal" if p[SUICIDAL] > p[DANGER] else "danger"
        return kind, p[DANGER] + p[SUICIDAL]

    def readings(self, texts: Sequence[str]) -> List[Tuple[str, float]]:
        return [self.reading(text) for text in texts]


class MinorModel(Model):
    def reading(self, text: str) -> float:
        """How likely the person concerned is under 18."""
        return self.probabilities(text)[1]


def _pipeline(balanced: bool) -> Pipeline:
    features = make_union(
        # Character n-grams within words carry typos, slang and missing å/ä/ö.
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        # Word pairs carry who does what ("vill dö", "låst in", "min dotter").
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
    )
    model = LogisticRegression(
        C=4.0, class_weight="balanced" if balanced else None, max_iter=3000
    )
    return Pipeline([("features", features), ("model", model)])


def _fit(examples: Iterable[Example], balanced: bool) -> Pipeline:
    examples = list(examples)
    pipeline = _pipeline(balanced)
    pipeline.fit([fold(text) for text, _ in examples], [label for _, label in examples])
    return pipeline


def train_acute(examples: Iterable[Example]) -> AcuteModel:
    """Acute messages are one in six: balanced weights keep them from being outvoted."""
    return AcuteModel(_fit(examples, balanced=True))


def train_minor(examples: Iterable[Example]) -> MinorModel:
    """Unbalanced: the threshold is set for precision, an adult sent to BRIS is wrong too."""
    return MinorModel(_fit(examples, balanced=False))
