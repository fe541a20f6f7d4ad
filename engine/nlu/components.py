"""Custom Rasa NLU components, each a thin wrapper around a tested pure module.

- `LanguageReader` turns the language the gateway sends in the message's
  metadata into a `language` entity (and so the slot the responses follow).
- `AgeExtractor` adds `age_group` entities found by `engine.nlu.age`.
- `FoldingTokenizer` is Rasa's whitespace tokenizer whose tokens carry the
  folded spelling (`engine.nlu.text.fold`) as their lemma, so the featurizers
  see "ar" and "är", "SNÄLLAAA" and "snälla" as the same word.
- `LearnedReadings` trains and runs `engine.nlu.learned`: second opinions on a
  crisis and on a child concerned, learned from outside writers' messages
  (data/situations/); they add what the rules missed, never remove it.
- `SituationAnalyzer` reads the whole situation (`engine.nlu.situation`): the
  signs of what is happening, the questions asked and whose situation it is,
  from rules and the classifier's intent together; it overrides the intent
  when a crisis or a victim's sign must not depend on the classifier.

Ages and the safety signs are rule-based on purpose: where someone under 18 is
sent, whether a crisis gets 112 and whether a victim is ever told to seek help
for "your thoughts" must be predictable and unit-tested, not learned from a
few thousand examples.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

import joblib
import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_ROLE,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from sklearn.utils.extmath import softmax

from engine.nlu import learned
from engine.nlu.age import MINOR, AgeMention, find_ages
from engine.nlu.languages import DEFAULT_LANGUAGE, UNDERSTOOD_LANGUAGES
from engine.nlu.situation import MIN_CONFIDENCE, analyze, decide_intent
from engine.nlu.spelling import repair
from engine.nlu.spelling import warm_up as build_spelling_index
from engine.nlu.text import fold, repaired
from engine.nlu.words import has_no_words, warm_up

AGE_ENTITY = "age_group"
LANGUAGE_ENTITY = "language"
LANGUAGE = "language"  # the message's language code, for later components
OTHER_LANGUAGE_INTENT = "other_language"
ACUTE = "acute"  # a message's acute reading: {"kind": ..., "p": ...}, labels only
MINOR_READING = "minor_reading"  # how likely the person concerned is under 18
SIGN_READING = "sign_reading"  # the situation model's sign: {"sign": ..., "p": ...}, labels only
FALLBACK_INTENT = "nlu_fallback"


@functools.lru_cache(maxsize=50_000)
def _fold_token(text: Text) -> Text:
    """One token, typo repaired and folded; words repeat across messages, so each is done once.

    Every word of the training examples is its own spelling (spelling.repair
    leaves them), so the features learned are the same; "pengr" at prediction
    gets the features of "pengar".
    """
    lower = text.lower()
    return fold(repair(lower) or lower) or text


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class FoldingTokenizer(WhitespaceTokenizer):
    """Whitespace tokens with the folded spelling as lemma (CountVectorsFeaturizer reads lemmas).

    People drop å/ä/ö, stretch letters and slip on the keys; folding (and
    repairing typos in) both the training examples and the incoming message
    makes one feature of each spelling, while the token text (and so every
    entity span) stays as written.
    """

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        tokens = super().tokenize(message, attribute)
        if attribute == TEXT:
            for token in tokens:
                token.lemma = _fold_token(token.text)
        return tokens


class _RuleComponent(GraphComponent):
    """Shared plumbing of a component with no training and no config."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> _RuleComponent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@functools.lru_cache(maxsize=None)
def _code_digest() -> str:
    """A digest of every module under engine/nlu: what the learned readings are made of."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _youngest_per_role(mentions: List[AgeMention]) -> List[AgeMention]:
    """For each role, the first minor mention, else the first mention; in text order."""
    chosen: Dict[Optional[Text], AgeMention] = {}
    for mention in mentions:
        kept = chosen.get(mention.role)
        if kept is None or (mention.group == MINOR and kept.group != MINOR):
            chosen[mention.role] = mention
    return sorted(chosen.values(), key=lambda mention: mention.start)


def ages_in(text: Text) -> List[AgeMention]:
    """The ages a message states, as written or else with its typos repaired ("e sedton")."""
    return find_ages(text) or find_ages(repaired(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class AgeExtractor(_RuleComponent, EntityExtractorMixin):
    """Adds an `age_group` entity (minor/adult) for whose ages a message states.

    The role says whose age it is (`self` or `other`); a bare answer such as
    "16" has no role and the dialogue decides whose it is (actions/slots.py).
    One entity per role: the youngest mentioned, because Rasa fills a slot
    from one entity and a child must never be routed as an adult by mistake.
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            entities = [self._entity(mention) for mention in _youngest_per_role(ages_in(text))]
            if entities:
                found = message.get(ENTITIES, []) + self.add_extractor_name(entities)
                message.set(ENTITIES, found, add_to_output=True)
        return messages

    @staticmethod
    def _entity(mention: AgeMention) -> Dict[Text, Any]:
        entity: Dict[Text, Any] = {
            ENTITY_ATTRIBUTE_TYPE: AGE_ENTITY,
            ENTITY_ATTRIBUTE_VALUE: mention.group,
            ENTITY_ATTRIBUTE_START: mention.start,
            ENTITY_ATTRIBUTE_END: mention.end,
            ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
        }
        if mention.role:
            entity[ENTITY_ATTRIBUTE_ROLE] = mention.role
        return entity


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageReader(_RuleComponent, EntityExtractorMixin):
    """Adds a `language` entity from the gateway's metadata (`{"language": "en"}`).

    The gateway decides the conversation's language (lingua, or the person's
    choice on the page) and sends it with every message; Rasa fills the
    `language` slot from this entity before any action runs, so every
    response, including Rasa's own `utter_*`, is said in that language. No
    metadata (rasa shell, test stories) means Swedish.
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            code = language_of(message)
            message.set(LANGUAGE, code or DEFAULT_LANGUAGE)
            if code is None:
                continue  # no metadata: the slot keeps what it was (Swedish when never set)
            entity = {
                ENTITY_ATTRIBUTE_TYPE: LANGUAGE_ENTITY,
                ENTITY_ATTRIBUTE_VALUE: code,
                ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
            }
            found = message.get(ENTITIES, []) + self.add_extractor_name([entity])
            message.set(ENTITIES, found, add_to_output=True)
        return messages


def language_of(message: Message) -> Optional[Text]:
    """The language code in the message's metadata, if it looks like one."""
    metadata = message.get("metadata")
    code = metadata.get("language") if isinstance(metadata, dict) else None
    if isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha():
        return code.lower()
    return None


SITUATION = "situation"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LearnedReadings(GraphComponent):
    """Trains `learned`'s two models on data/situations/ and sets each message's readings.

    The situation files are not Rasa training data, so their digest (and that of
    learned.py) is added to the fingerprint: changing them retrains this
    component, nothing else.
    """

    FILE = "readings.joblib"

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"situations": str(learned.SITUATIONS)}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # The labels and features are code (learned.py and the readers it calls): a change
        # to any of engine/nlu retrains too, so Rasa's cache may be shared between clones.
        return learned.digest(Path(config.get("situations", learned.SITUATIONS))) + _code_digest()

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        readings: Optional[learned.Readings] = None,
    ) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.readings = readings

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LearnedReadings:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LearnedReadings:
        with model_storage.read_from(resource) as directory:
            readings = joblib.load(directory / cls.FILE)
        return cls(config, model_storage, resource, readings)

    def train(self, training_data: TrainingData) -> Resource:
        situations = Path(self.config.get("situations", learned.SITUATIONS))
        self.readings = learned.train_from(situations)
        with self.model_storage.write_to(self.resource) as directory:
            joblib.dump(self.readings, directory / self.FILE)
        return self.resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if self.readings is None or not text or text.startswith("/"):
                continue
            reading = self.readings.reading_of(text)  # one transform for all three models
            message.set(ACUTE, {"kind": reading.kind, "p": reading.acute})
            message.set(MINOR_READING, reading.young)
            if getattr(self.readings, "sign", None) is not None:
                message.set(SIGN_READING, {"sign": reading.sign, "p": reading.sign_p})
        return messages


def _fallback_sign(reading: Optional[Dict[str, Any]]) -> Optional[str]:
    """The situation model's sign, where it may stand in for the rules (learned.py)."""
    if not reading or reading["p"] < learned.SIGN_THRESHOLD:
        return None
    return reading["sign"] if reading["sign"] in learned.FALLBACK_SIGNS else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SituationAnalyzer(_RuleComponent):
    """Adds the message's situation to the parse data, and overrides the intent where it must.

    Placed after the intent classifier and before the FallbackClassifier:
    a crisis, a victim's sign or any situation in a message the classifier
    took for small talk is never answered with "I did not understand". The
    situation (signs, questions, whose it is: labels only, never text) goes
    to the actions as `situation` in the parse data.
    """

    def __init__(self) -> None:
        warm_up()
        build_spelling_index()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text or text.startswith("/"):
                continue  # a button's payload says exactly what it means
            if (message.get(LANGUAGE) or DEFAULT_LANGUAGE) not in UNDERSTOOD_LANGUAGES:
                # Swedish and English words say nothing here: the help card answers.
                self._set_intent(message, OTHER_LANGUAGE_INTENT)
                continue
            top = message.get(INTENT) or {}
            name = top.get(INTENT_NAME_KEY)
            confidence = top.get(PREDICTED_CONFIDENCE_KEY) or 0.0
            acute = message.get(ACUTE)
            situation = analyze(
                text,
                name,
                confidence,
                acute=acute["kind"] if acute and acute["p"] >= learned.ACUTE_THRESHOLD else None,
                young=(message.get(MINOR_READING) or 0.0) >= learned.MINOR_THRESHOLD,
                crisis_doubted=bool(acute) and acute["p"] < learned.ACUTE_DOUBT,
                learned_sign=_fallback_sign(message.get(SIGN_READING)),
            )
            entities = message.get(ENTITIES, [])
            has_age = any(e.get(ENTITY_ATTRIBUTE_TYPE) == AGE_ENTITY for e in entities)
            intent = decide_intent(name, situation, has_age, confidence)
            if situation.is_empty() and not has_age and has_no_words(text):
                intent = FALLBACK_INTENT  # a keyboard mash is not a yes, a no or a topic
            if intent is not None and (intent != name or confidence < MIN_CONFIDENCE):
                self._set_intent(message, intent)
            message.set(SITUATION, situation.as_dict(), add_to_output=True)
        return messages

    @staticmethod
    def _set_intent(message: Message, intent: Text) -> None:
        top = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent
        ]
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [top] + ranking, add_to_output=True)


def _sentence_features(message: Message) -> Optional[Any]:
    """The message's sparse sentence features side by side, as get_sparse_features(TEXT)[1].

    Rasa's deep-copies the first featurizer's matrix, and combines the token
    (sequence) features too, which the classifier never reads: the same
    matrix, from the same hstacks, without either. The featurizers' rows are
    one-row COO matrices with their columns in order; those are laid side by
    side directly (scipy's hstack and tocsr of them cost 0.2 ms), giving the
    CSR matrix tocsr gives.
    """
    matrices = [
        f.features
        for f in message.features
        if f.attribute == TEXT and f.is_sparse() and f.type == FEATURE_TYPE_SENTENCE
    ]
    if len(matrices) > 1 and all(_ordered_row(m) for m in matrices):
        offsets = [0]
        for matrix in matrices:
            offsets.append(offsets[-1] + matrix.shape[1])
        data = np.concatenate([m.data for m in matrices])
        columns = np.concatenate(
            [m.col + offset for m, offset in zip(matrices, offsets[:-1], strict=True)]
        )
        bounds = np.array([0, len(data)], dtype=columns.dtype)
        return scipy.sparse.csr_matrix((data, columns, bounds), shape=(1, offsets[-1]))
    combined = None
    for matrix in matrices:
        combined = matrix if combined is None else scipy.sparse.hstack([combined, matrix])
    return combined


def _ordered_row(matrix: Any) -> bool:
    """A one-row COO matrix of int32 columns, strictly in order (no duplicates)."""
    return (
        scipy.sparse.isspmatrix_coo(matrix)
        and matrix.shape[0] == 1
        and matrix.col.dtype == np.int32
        and bool(np.all(matrix.col[1:] > matrix.col[:-1]))
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FastLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier, trained the same, predicting cheaper.

    Per message, Rasa restacks the message's features into a new matrix and
    scikit-learn copies the whole weight matrix (29 intents × ~29,000
    n-grams) into the layout scipy multiplies with: about 1.3 of the 1.5 ms
    the classifier took (docs/benchmarks.md). Here the weights are laid out
    once; the scores and probabilities are the same softmax scikit-learn
    computes for a multinomial model. Anything else falls back to Rasa's code.
    """

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[Text]:
        # Rasa's training, but this file is ours: a change here retrains (shared cache).
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

    def process(self, messages: List[Message]) -> List[Message]:
        weights = self._weights()
        for message in messages:
            sparse = _sentence_features(message)
            if weights is None or sparse is None or message.get_dense_features(TEXT)[1]:
                super().process([message])
                continue
            scores = sparse.tocsr() @ weights[0] + weights[1]
            self._rank(message, softmax(np.asarray(scores, dtype=np.float64))[0])
        return messages

    def _weights(self) -> Optional[Tuple[np.ndarray, np.ndarray]]:
        """The weights as scipy multiplies them, or None when not multinomial."""
        clf = self.clf
        multinomial = (
            hasattr(clf, "coef_")
            and len(clf.classes_) > 2
            and clf.solver != "liblinear"
            and clf.multi_class in ("auto", "multinomial")
        )
        if not multinomial:
            return None
        if getattr(self, "_laid_out", None) is None or self._laid_out[2] is not clf:
            self._laid_out = (np.ascontiguousarray(clf.coef_.T), clf.intercept_, clf)
        return self._laid_out[0], self._laid_out[1]

    def _rank(self, message: Message, probabilities: np.ndarray) -> None:
        """Set the intent and its ranking exactly as Rasa's classifier does."""
        ranking = sorted(
            (
                {"name": name, "confidence": confidence}
                for name, confidence in zip(self.clf.classes_, probabilities, strict=True)
            ),
            key=lambda entry: -entry["confidence"],
        )
        message.set(INTENT, ranking[0], add_to_output=True)
        if self.config[RANKING_LENGTH] > 0:
            ranking = ranking[: self.config[RANKING_LENGTH]]
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
