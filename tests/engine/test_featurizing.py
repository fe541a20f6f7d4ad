"""engine/featurizing.py: the sentence rows alone, exactly as Rasa's featurizer makes them."""

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from engine import featurizing

TEXTS = [
    "jag säljer sex och är 25",
    "han tar mina pengar",
    "vad gör mika",
    "e 15 o en kille swishar mig",
    "tack hej då",
    "jag har köpt sex och vill sluta",
]
CONFIGS = [
    {"analyzer": "word", "min_ngram": 1, "max_ngram": 2},
    {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 5},
    {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4, "use_shared_vocab": False},
]


def _messages(texts):
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    messages = [Message(data={"text": text}) for text in texts]
    tokenizer.process(messages)
    return messages


@pytest.fixture(params=CONFIGS)
def featurizer(request, tmp_path):
    config = {**CountVectorsFeaturizer.get_default_config(), **request.param}
    featurizer = CountVectorsFeaturizer.create(
        config,
        LocalModelStorage(tmp_path),
        Resource("cv"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    training = TrainingData(training_examples=_messages(TEXTS))
    featurizer.train(training)
    return featurizer


@pytest.mark.parametrize("binary", [False, True])
def test_the_sentence_row_is_scikit_learns(featurizer, binary):
    for vectorizer in featurizer.vectorizers.values():
        vectorizer.binary = binary
    texts = TEXTS + ["helt okända ord här", "sex sex sex", "Mika? MIKA!"]
    for message in _messages(texts):
        tokens = featurizer._get_processed_message_tokens_by_attribute(message, "text")
        _, (expected,) = featurizer._create_features("text", [tokens])
        got = featurizing.sentence_row(featurizer, "text", tokens)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        for part in ("data", "row", "col"):
            ours, rasas = getattr(got, part), getattr(expected, part)
            assert ours.dtype == rasas.dtype and np.array_equal(ours, rasas), part
    assert featurizing.sentence_row(featurizer, "text", []) is None


def test_a_marked_featurizer_adds_the_sentence_features_alone(featurizer, monkeypatch):
    monkeypatch.setattr(CountVectorsFeaturizer, "process", featurizing.process)
    rasas, ours = _messages(TEXTS), _messages(TEXTS)
    featurizer.process(rasas)  # not marked: Rasa's own
    setattr(featurizer, featurizing.SENTENCE_ONLY_MARK, True)
    featurizer.process(ours)
    for rasa_message, message in zip(rasas, ours, strict=True):
        assert [f.type for f in rasa_message.features] == ["sequence", "sentence"]
        (sentence,) = message.features
        expected = rasa_message.features[1]
        assert (sentence.type, sentence.attribute, sentence.origin) == (
            expected.type,
            expected.attribute,
            expected.origin,
        )
        assert (sentence.features != expected.features).nnz == 0


class _Node:
    def __init__(self, component_class, component=None):
        self._component_class = component_class
        self._component = component


def test_only_a_model_of_known_sentence_readers_is_marked(featurizer):
    from rasa.nlu.classifiers.diet_classifier import DIETClassifier

    from engine.nlu.components import FastLogisticRegressionClassifier

    reads_sentences = {
        "featurize": _Node(CountVectorsFeaturizer, featurizer),
        "classify": _Node(FastLogisticRegressionClassifier),
    }
    with_diet = {**reads_sentences, "diet": _Node(DIETClassifier)}
    assert not featurizing.mark_sentence_only(with_diet)
    assert not getattr(featurizer, featurizing.SENTENCE_ONLY_MARK, False)
    assert featurizing.mark_sentence_only(reads_sentences)
    assert getattr(featurizer, featurizing.SENTENCE_ONLY_MARK)
