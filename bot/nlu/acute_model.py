"""A second opinion on danger now and suicidal thoughts, learned from outside writers.

The crisis rules (crisis.py, suicide_cues.py) are lists of phrasings, and every
new writer brings phrasings they lack: on the never-read routing sets about one
acute case in seven went without 112. This model is trained on
`data/situations/`: some 5,600 whole first messages written by about forty
separate writers, each labelled with what the person must be told first. From
character and word n-grams of the folded text it learns the field of words
around danger and suicide rather than fixed phrases, typos and missing å/ä/ö
included. `situation.analyze` lets it add a crisis the rules did not read; it
never removes one.

Pure scikit-learn, so it is tested and measured without Rasa
(`components.AcuteClassifier` trains and persists it inside the Rasa model).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, List, Sequence, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union

from bot.nlu.text import fold

SITUATIONS = Path("data/situations")
NONE, DANGER, SUICIDAL = 0, 1, 2
KIND = {DANGER: "danger", SUICIDAL: "suicidal"}
# Chosen by writer-disjoint five-fold cross-validation on data/situations
# (sets held out whole, so no writer is in both halves): at 0.6 the model found
# 91 % of the acute messages, with 39 false alarms among 4,694 others (0.8 %).
THRESHOLD = 0.6

Example = Tuple[str, int]


def label(expected: dict) -> int:
    """What must come first: 112 and 90101 (suicidal), 112 (danger), or neither."""
    first = expected.get("first") or []
    if "mind" in first:
        return SUICIDAL
    return DANGER if "emergency" in first else NONE


def load_examples(directory: Path = SITUATIONS) -> List[Example]:
    """Every situation file's examples (`examples_in`), in file order."""
    paths = sorted(directory.glob("*.yml"))
    if not paths:
        raise FileNotFoundError(f"no situation files in {directory}/ to train the acute model on")
    return [example for path in paths for example in examples_in(path)]


def examples_in(path: Path) -> List[Example]:
    """One file's whole first messages, with their labels.

    A conversation gives only its opening turn: a later turn ("ja", "16")
    means what it means because of the turns before it.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples = [(m["text"], label(m)) for m in data.get("messages") or []]
    for conversation in data.get("conversations") or []:
        opening = conversation["turns"][0]
        if any(opening.get(key) for key in ("must", "must_not", "first")):
            examples.append((opening["text"], label(opening)))
    return examples


def digest(directory: Path = SITUATIONS) -> str:
    """A fingerprint of the situation files: Rasa retrains the model when they change."""
    sha = hashlib.sha256()
    for path in sorted(directory.glob("*.yml")):
        sha.update(path.name.encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


class AcuteModel:
    """The trained pipeline and how to read one message with it."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._columns = {int(c): i for i, c in enumerate(pipeline.classes_)}

    def reading(self, text: str) -> Tuple[str, float]:
        """The likelier crisis ("danger" or "suicidal") and how likely any crisis is."""
        probabilities = self.pipeline.predict_proba([fold(text)])[0]
        danger = probabilities[self._columns[DANGER]]
        suicidal = probabilities[self._columns[SUICIDAL]]
        return ("suicidal" if suicidal > danger else "danger"), float(danger + suicidal)

    def readings(self, texts: Sequence[str]) -> List[Tuple[str, float]]:
        return [self.reading(text) for text in texts]


def train(examples: Iterable[Example]) -> AcuteModel:
    """Fit the model; about half a minute on two cores for the whole directory."""
    examples = list(examples)
    features = make_union(
        # Character n-grams within words carry typos, slang and missing å/ä/ö.
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        # Word pairs carry who does what ("vill dö", "låst in").
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
    )
    pipeline = Pipeline(
        [
            ("features", features),
            # Acute messages are one in six: balanced weights keep them from being outvoted.
            ("model", LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000)),
        ]
    )
    pipeline.fit([fold(text) for text, _ in examples], [kind for _, kind in examples])
    return AcuteModel(pipeline)
