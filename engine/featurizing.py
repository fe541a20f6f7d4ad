"""Rasa's count-vector featurizers at prediction time: only the features the model reads.

Rasa's CountVectorsFeaturizer makes, for every message, a row per token
(sequence features) and a row for the whole message (sentence features), each
through scikit-learn's transform and its checks: 0.8 ms a message for the two
featurizers, 0.35 ms of it the token rows. Only some components read token rows
(DIET, ResponseSelector, ...). When every component of a loaded model is one
known to read sentence features only (`SENTENCE_ONLY`), its featurizers make the
sentence row alone, counted directly: the matrix scikit-learn makes, to the dtype
(tests/engine/test_featurizing.py). With any other component in the model, and
when training, Rasa's own featurizing runs.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import numpy as np
import scipy.sparse
from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.rule_policy import RulePolicy
from rasa.graph_components.converters.nlu_message_converter import NLUMessageConverter
from rasa.graph_components.providers.domain_provider import DomainProvider
from rasa.graph_components.providers.rule_only_provider import RuleOnlyDataProvider
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES
from rasa.nlu.extractors.entity_synonyms import EntitySynonymMapper
from rasa.nlu.extractors.regex_entity_extractor import RegexEntityExtractor
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.shared.nlu.training_data.message import Message

from engine.nlu import components

# Components whose prediction reads no token (sequence) features, by exact class.
SENTENCE_ONLY = frozenset(
    {
        NLUMessageConverter,
        components.FoldingTokenizer,
        components.LanguageReader,
        components.AgeExtractor,
        RegexEntityExtractor,
        EntitySynonymMapper,
        CountVectorsFeaturizer,
        components.FastLogisticRegressionClassifier,  # _sentence_features, or Rasa's _create_X
        components.LearnedReadings,
        components.SituationAnalyzer,
        FallbackClassifier,
        RegexMessageHandler,
        DomainProvider,
        RulePolicy,
        RuleOnlyDataProvider,
        DefaultPolicyPredictionEnsemble,
    }
)
SENTENCE_ONLY_MARK = "_outreach_sentence_only"


def mark_sentence_only(nodes: Dict[Text, Any]) -> bool:
    """Let the graph's featurizers skip token rows if no component reads them; whether so."""
    if any(node._component_class not in SENTENCE_ONLY for node in nodes.values()):
        return False
    for node in nodes.values():
        if isinstance(node._component, CountVectorsFeaturizer):
            setattr(node._component, SENTENCE_ONLY_MARK, True)
    return True


def sentence_row(featurizer: CountVectorsFeaturizer, attribute: Text, tokens: List[Text]) -> Any:
    """CountVectorsFeaturizer._create_features' sentence row (sorted, as COO), or None."""
    vectorizer = featurizer.vectorizers.get(attribute)
    if not vectorizer or not tokens or attribute not in DENSE_FEATURIZABLE_ATTRIBUTES:
        return None
    vocabulary = vectorizer.vocabulary_
    analyzers = featurizer.__dict__.setdefault("_outreach_analyzers", {})
    if attribute not in analyzers:  # scikit-learn builds it for every transform
        analyzers[attribute] = vectorizer.build_analyzer()
    counts: Dict[int, int] = {}
    for feature in analyzers[attribute](" ".join(tokens)):
        index = vocabulary.get(feature)
        if index is not None:
            counts[index] = counts.get(index, 0) + 1
    columns = sorted(counts)
    data = np.ones(len(columns)) if vectorizer.binary else [counts[c] for c in columns]
    return scipy.sparse.coo_matrix(
        (
            np.asarray(data, dtype=vectorizer.dtype),
            (np.zeros(len(columns), dtype=np.int32), np.asarray(columns, dtype=np.int32)),
        ),
        shape=(1, len(vocabulary)),
        dtype=vectorizer.dtype,
    )


_rasa_process = CountVectorsFeaturizer.process


def process(self: CountVectorsFeaturizer, messages: List[Message]) -> List[Message]:
    """CountVectorsFeaturizer.process; the sentence rows alone when the model reads no other."""
    if self.vectorizers is None or not getattr(self, SENTENCE_ONLY_MARK, False):
        return _rasa_process(self, messages)
    for message in messages:
        for attribute in self._attributes:
            tokens = self._get_processed_message_tokens_by_attribute(message, attribute)
            sentence: Optional[Any] = sentence_row(self, attribute, tokens)
            if sentence is not None:
                self.add_features_to_message(None, sentence, attribute, message)
    return messages


def install() -> None:
    CountVectorsFeaturizer.process = process
