"""Second opinions learned from outside writers: a crisis, a child concerned, what happens.

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
- The *situation* model reads what is happening (paid, controlled, assaulted,
  images spread, wanting out, health) from the routing group each message was
  written for; `situation.analyze` adds its sign only where neither the rules
  nor the intent classifier read any, instead of asking "what do you want to
  talk about?" of someone who has just told.

Pure scikit-learn, so they are tested and measured without Rasa
(`components.LearnedReadings` trains and persists them inside the Rasa model).
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path
from typing import Callable, Iterable, List, NamedTuple, Optional, Sequence, Tuple, Union

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from engine.nlu.text import fold

SITUATIONS = Path("data/situations")
NONE, DANGER, SUICIDAL = 0, 1, 2
KIND = {DANGER: "danger", SUICIDAL: "suicidal"}
# Both thresholds were chosen by writer-disjoint five-fold cross-validation on
# data/situations (files held out whole, so no writer is in both halves).
# At 0.6 the acute model found 91 % of the acute messages, with 39 false
# alarms among 4,694 others (0.8 %).
ACUTE_THRESHOLD = 0.6
# Below 0.1 the acute model doubts a crisis only the intent classifier heard: in the
# same cross-validation (sets CA-CG included) 6 of 1,175 acute messages scored that
# low, and 4,683 of 5,536 others (situation.analyze lets such a crisis stand when the
# classifier is sure, or when the rules read one).
ACUTE_DOUBT = 0.1
# Re-chosen with sets BA, BC, BD and BF added (4,787 messages, 1,624 with no age the
# rules find, 141 of them about someone under 18): at 0.7 the minor model flagged 129,
# 123 of them minors (precision 0.95, recall 0.87); at 0.9, 84, all minors (recall
# 0.60). A flagged adult is shown the youth services and asked "Är du under 18?";
# a missed child is only asked, so recall is worth the six adults.
MINOR_THRESHOLD = 0.7

# The situation model's classes: the sign each routing group stands for ("none" for the
# groups that are questions, crises or someone else's, read by the rules).
SIGN_BY_GROUP = {
    "minor_selling": "exchange",
    "adult_selling": "exchange",
    "selling_age_unknown": "exchange",
    "coercion_minor": "coercion",
    "coercion_adult": "coercion",
    "buyer": "buying",
    "unwanted": "unwanted",
    "sexual_violence": "sexual_violence",
    "images_spread": "images_spread",
    "health": "health",
    "wants_out": "exit",
}
NO_SIGN = "none"
# The signs the situation model may add where rules and classifier read none. Buying and
# unwanted are left to the rules: KAST or Preventell on a guess could wound a victim.
FALLBACK_SIGNS = frozenset(
    {"exchange", "coercion", "sexual_violence", "images_spread", "exit", "health"}
)
# Chosen by writer-disjoint five-fold cross-validation on data/situations (7,768 messages,
# files held out whole): of the 1,469 messages in which the rules read no sign, the model
# named one of FALLBACK_SIGNS at 0.6 or more in 319, rightly in 309 (0.97); at 0.5, 349
# and 0.95; at 0.8, 212 and 0.99.
SIGN_THRESHOLD = 0.6

Example = Tuple[str, Union[int, str]]
Labeller = Callable[[dict, dict], Optional[Union[int, str]]]  # None: no example


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


def sign_label(case: dict, expected: dict) -> Optional[str]:
    """The sign of a whole message's routing group; None for conversations and ungrouped.

    A conversation's group is the whole conversation's, often told only later.
    """
    if "turns" in case or not case.get("group"):
        return None
    return SIGN_BY_GROUP.get(case["group"], NO_SIGN)


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


class Features:
    """Character and word n-grams of the folded text, shared by both models.

    One transform per message serves both (about 0.8 ms; a scikit-learn
    FeatureUnion per model cost 2.4 ms for the two).
    """

    def __init__(self) -> None:
        # Character n-grams within words carry typos, slang and missing å/ä/ö.
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
        )
        # Word pairs carry who does what ("vill dö", "låst in", "min dotter").
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)

    def fit(self, texts: Sequence[str]) -> Features:
        folded = [fold(text) for text in texts]
        self.chars.fit(folded)
        self.words.fit(folded)
        return self

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        folded = [fold(text) for text in texts]
        return sparse.hstack(
            [self.chars.transform(folded), self.words.transform(folded)], format="csr"
        )


def _probabilities(model: LogisticRegression, features: sparse.csr_matrix) -> np.ndarray:
    """Each row's probability per class, as predict_proba gives them, without its overhead."""
    return _from_scores(np.asarray(features @ model.coef_.T) + model.intercept_)


def _from_scores(scores: np.ndarray) -> np.ndarray:
    """A logistic regression's probabilities from its scores (one column: binary)."""
    if scores.shape[1] == 1:
        positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
        return np.column_stack([1.0 - positive, positive])
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    return scores / scores.sum(axis=1, keepdims=True)


class OneText:
    """The features of one text and all three models' scores, laid out once.

    scikit-learn's transform checks the fitted vectorizers, rebuilds the idf from
    a diagonal matrix and multiplies by it, and each model copies its whole
    weight matrix into the layout scipy multiplies with: about 1.2 ms a message.
    This does the same arithmetic in the same order (tests/engine/test_learned.py
    asserts the probabilities are equal to the bit) in about 0.2 ms.
    """

    def __init__(self, features: Features, models: Sequence[LogisticRegression]) -> None:
        self.parts = []
        offset = 0
        for vectorizer in (features.chars, features.words):
            idf = vectorizer.idf_
            self.parts.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, idf, offset))
            offset += len(idf)
        self.width = offset
        self.weights = np.ascontiguousarray(np.hstack([model.coef_.T for model in models]))
        self.slices = []
        start = 0
        for model in models:
            self.slices.append((slice(start, start + model.coef_.shape[0]), model.intercept_))
            start += model.coef_.shape[0]

    def probabilities(self, text: str) -> List[np.ndarray]:
        """Per model, the text's probability per class (`_probabilities`' row)."""
        folded = fold(text)
        columns: List[int] = []
        values = []
        for analyze, vocabulary, idf, offset in self.parts:
            counts: dict = {}
            for feature in analyze(folded):
                index = vocabulary.get(feature)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            # The order scipy's product with the idf diagonal leaves them in (last
            # column first): the norm and the scores are summed in this order.
            order = sorted(counts, reverse=True)
            row = np.array([counts[index] for index in order], dtype=np.float64)
            np.log(row, row)  # sublinear tf
            row += 1
            row *= idf[order]
            total = 0.0
            for value in row.tolist():  # sklearn's l2 norm, summed one by one
                total += value * value
            if total != 0.0:
                row /= math.sqrt(total)
            columns.extend(int(index) + offset for index in order)
            values.append(row)
        indices = np.array(columns, dtype=np.int32)
        bounds = np.array([0, len(columns)], dtype=np.int32)
        features = sparse.csr_matrix((np.concatenate(values), indices, bounds), (1, self.width))
        scores = np.asarray(features @ self.weights)
        return [_from_scores(scores[:, part] + intercept)[0] for part, intercept in self.slices]


class Reading(NamedTuple):
    """All three models' readings of one message."""

    kind: str  # the likelier crisis, "danger" or "suicidal"
    acute: float  # how likely any crisis is
    young: float  # how likely the person concerned is under 18
    sign: str  # the situation model's likeliest sign ("none" too)
    sign_p: float


class Readings:
    """The fitted features and both models; what they read in a message."""

    def __init__(
        self,
        features: Features,
        acute: LogisticRegression,
        minor: LogisticRegression,
        sign: Optional[LogisticRegression] = None,
    ) -> None:
        self.features = features
        self.acute = acute
        self.minor = minor
        self.sign = sign

    def __getstate__(self) -> dict:
        """Pickled (in the Rasa model) without the layout, which is rebuilt on first use."""
        return {key: value for key, value in self.__dict__.items() if key != "_one_text"}

    def signs(self, texts: Sequence[str]) -> List[Tuple[str, float]]:
        """Per text: the likeliest sign of the situation model ("none" too), and how likely."""
        if self.sign is None:
            return [(NO_SIGN, 0.0) for _ in texts]
        rows = _probabilities(self.sign, self.features.transform(texts))
        return [self._sign_of(row) for row in rows]

    def _sign_of(self, row: np.ndarray) -> Tuple[str, float]:
        best = int(row.argmax())
        return str(self.sign.classes_[best]), float(row[best])

    def sign_reading(self, text: str) -> Tuple[str, float]:
        return self.reading_of(text)[3:]

    def read(self, texts: Sequence[str]) -> List[Tuple[str, float, float]]:
        """Per text: the likelier crisis ("danger" or "suicidal"), how likely any
        crisis is, and how likely the person concerned is under 18."""
        features = self.features.transform(texts)
        acute = _probabilities(self.acute, features)
        minor = _probabilities(self.minor, features)
        return [self._acute_of(a, m) for a, m in zip(acute, minor, strict=True)]

    def _acute_of(self, acute: np.ndarray, minor: np.ndarray) -> Tuple[str, float, float]:
        column = {int(c): i for i, c in enumerate(self.acute.classes_)}
        danger, suicidal = acute[column[DANGER]], acute[column[SUICIDAL]]
        kind = KIND[SUICIDAL] if suicidal > danger else KIND[DANGER]
        young = minor[list(self.minor.classes_).index(1)]
        return kind, float(danger + suicidal), float(young)

    def reading(self, text: str) -> Tuple[str, float, float]:
        return self.reading_of(text)[:3]

    def reading_of(self, text: str) -> Reading:
        """All three readings of one message, from one transform (what Rasa calls)."""
        one_text = getattr(self, "_one_text", None)
        if one_text is None:
            models = [self.acute, self.minor] + ([self.sign] if self.sign is not None else [])
            one_text = self._one_text = OneText(self.features, models)
        acute, minor, *sign = one_text.probabilities(text)
        signed = self._sign_of(sign[0]) if sign else (NO_SIGN, 0.0)
        return Reading(*self._acute_of(acute, minor), *signed)


def _fit(features: Features, examples: List[Example], balanced: bool) -> LogisticRegression:
    model = LogisticRegression(
        C=4.0, class_weight="balanced" if balanced else None, max_iter=3000
    )
    model.fit(features.transform([text for text, _ in examples]), [y for _, y in examples])
    return model


def train(
    acute: Iterable[Example], minor: Iterable[Example], sign: Iterable[Example] = ()
) -> Readings:
    """Fit the features on every text, then each model on its own examples.

    The acute model is balanced: acute messages are one in six and must not be
    outvoted. The minor model is not: its threshold is set for precision, since
    an adult sent to BRIS is wrong too.
    """
    acute, minor, sign = list(acute), list(minor), list(sign)
    # Each text once: a message in both lists must not count twice in the idf.
    features = Features().fit(list(dict.fromkeys(text for text, _ in acute + minor)))
    signs = _fit(features, sign, False) if len({y for _, y in sign}) > 1 else None
    return Readings(features, _fit(features, acute, True), _fit(features, minor, False), signs)


def train_from(directory: Path = SITUATIONS) -> Readings:
    """The three models from the situation files."""
    return train(
        load_examples(acute_label, directory),
        load_examples(minor_label, directory),
        load_examples(sign_label, directory),
    )
