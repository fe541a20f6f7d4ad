"""The AgeExtractor component inside Rasa's message objects."""

import numpy as np
from rasa.shared.nlu.training_data.message import Message

from engine.nlu.components import AgeExtractor, SituationAnalyzer


def test_ages_become_age_group_entities_with_roles():
    message = Message(data={"text": "jag är 45 och min dotter är 14"})
    (processed,) = AgeExtractor().process([message])
    entities = processed.get("entities")
    assert [(e["entity"], e["value"], e.get("role")) for e in entities] == [
        ("age_group", "adult", "self"),
        ("age_group", "minor", "other"),
    ]
    assert all(e["extractor"] == "AgeExtractor" for e in entities)
    assert message.get("text")[entities[1]["start"] : entities[1]["end"]] == "14"


def test_one_entity_per_role_the_youngest():
    # Rasa fills a slot from one entity: it must be the minor one.
    message = Message(data={"text": "jag är 19, nej förlåt jag är 16, och min bror är 20"})
    (processed,) = AgeExtractor().process([message])
    assert [(e["value"], e.get("role")) for e in processed.get("entities")] == [
        ("minor", "self"),
        ("adult", "other"),
    ]


def test_a_bare_answer_has_no_role_and_other_entities_are_kept():
    earlier = {"entity": "service", "value": "kast", "start": 0, "end": 4}
    message = Message(data={"text": "16", "entities": [earlier]})
    (processed,) = AgeExtractor().process([message])
    assert processed.get("entities")[0] == earlier
    assert "role" not in processed.get("entities")[1]


def test_no_age_no_entity():
    (processed,) = AgeExtractor().process([Message(data={"text": "jag köper sex"})])
    assert not processed.get("entities")


def _classified(text, intent, confidence):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "greet", "confidence": 0.1}]
    return Message(data={"text": text, "intent": ranking[0], "intent_ranking": ranking})


def test_a_plain_crisis_overrides_the_classifier():
    message = _classified("sen tar jag mitt liv", "ask_anonymity", 0.56)
    (processed,) = SituationAnalyzer().process([message])
    assert processed.get("intent") == {"name": "suicidal", "confidence": 1.0}
    assert [r["name"] for r in processed.get("intent_ranking")][:2] == ["suicidal", "ask_anonymity"]


def test_other_messages_keep_the_classifiers_intent_and_carry_their_situation():
    message = _classified("jag köper sex, är det olagligt?", "buys_sex", 0.8)
    (processed,) = SituationAnalyzer().process([message])
    assert processed.get("intent") == {"name": "buys_sex", "confidence": 0.8}
    assert processed.get("situation") == {
        "signs": ["buying"], "asks": ["law"], "concerned": "self", "ruled": ["buying"],
        "third_person": False,
    }
    assert "situation" in processed.as_dict(only_output_properties=True)


def test_a_victims_words_replace_an_unwanted_sexuality_reading():
    message = _classified("han tvingar mig att ta kunder", "urge_to_force", 0.7)
    (processed,) = SituationAnalyzer().process([message])
    assert processed.get("intent")["name"] == "coerced_exploited"
    assert "coercion" in processed.get("situation")["signs"]


def test_a_situation_in_small_talk_is_not_answered_as_small_talk():
    message = _classified("hej e 15 o en gubbe swishar mig", "greet", 0.6)
    (processed,) = SituationAnalyzer().process([message])
    assert processed.get("intent")["name"] == "sells_sex"


def test_a_keyboard_mash_is_not_understood_whatever_the_classifier_says():
    message = _classified("asdfgh zxcvb", "deny", 0.7)
    (processed,) = SituationAnalyzer().process([message])
    assert processed.get("intent")["name"] == "nlu_fallback"


def test_words_typed_loosely_are_still_words():
    cases = [("ja", "affirm"), ("nää", "deny"), ("saljer sex", "sells_sex"), ("15", "inform_age")]
    for text, intent in cases:
        (processed,) = SituationAnalyzer().process([_classified(text, intent, 0.7)])
        assert processed.get("intent")["name"] == intent, text


def _classifier(cls, classes):
    import numpy as np
    from scipy.sparse import random as sparse_random
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(7)
    X = sparse_random(120, 300, density=0.05, format="csr", random_state=7)
    y = rng.choice(classes, size=120)
    component = cls({}, "intent_classifier", None, None)
    component.clf = LogisticRegression(max_iter=500, class_weight="balanced").fit(X, y)
    return component


def _featurized(row):
    from rasa.shared.nlu.training_data.features import Features

    message = Message(data={"text": "x"})
    message.add_features(Features(row, "sentence", "text", "CountVectorsFeaturizer"))
    return message


def test_the_fast_classifier_ranks_exactly_as_rasas():
    from rasa.nlu.classifiers.logistic_regression_classifier import (
        LogisticRegressionClassifier,
    )
    from scipy.sparse import random as sparse_random

    from engine.nlu.components import FastLogisticRegressionClassifier

    classes = [f"intent_{i}" for i in range(6)]
    rasa = _classifier(LogisticRegressionClassifier, classes)
    fast = _classifier(FastLogisticRegressionClassifier, classes)
    assert fast._weights() is not None  # the fast path, not the fallback
    rows = sparse_random(25, 300, density=0.05, format="csr", random_state=3)
    for i in range(rows.shape[0]):
        (expected,) = rasa.process([_featurized(rows[i])])
        (got,) = fast.process([_featurized(rows[i])])
        assert got.get("intent")["name"] == expected.get("intent")["name"]
        ranked = zip(got.get("intent_ranking"), expected.get("intent_ranking"), strict=True)
        for ours, theirs in ranked:
            assert ours["name"] == theirs["name"]
            assert abs(ours["confidence"] - theirs["confidence"]) < 1e-9
        assert len(got.get("intent_ranking")) == len(expected.get("intent_ranking")) == 6


def test_the_classifier_reads_the_matrix_rasa_would_combine():
    from rasa.shared.nlu.training_data.features import Features
    from scipy.sparse import random as sparse_random

    from engine.nlu.components import _sentence_features

    message = Message(data={"text": "x"})
    for seed, width in enumerate((300, 120, 40)):
        for kind, rows in (("sequence", 4), ("sentence", 1)):
            matrix = sparse_random(rows, width, density=0.2, format="coo", random_state=seed)
            message.add_features(Features(matrix, kind, "text", f"featurizer{seed}"))
        ours, rasas = _sentence_features(message).tocsr(), message.get_sparse_features("text")[1]
        rasas = rasas.features.tocsr()
        for part in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(ours, part), getattr(rasas, part))
    assert _sentence_features(Message(data={"text": "x"})) is None
    # The featurizers' own rows (one row, columns in order) are laid side by side directly.
    message = Message(data={"text": "x"})
    for seed, width in enumerate((300, 120, 40)):
        row = sparse_random(1, width, density=0.2, format="csr", random_state=seed)
        row.data = np.round(row.data * 10).astype(np.int64) + 1
        message.add_features(Features(row.tocoo(), "sentence", "text", f"featurizer{seed}"))
        ours, rasas = _sentence_features(message), message.get_sparse_features("text")[1]
        assert ours.format == ("csr" if seed else "coo")
        ours, rasas = ours.tocsr(), rasas.features.tocsr()
        assert ours.dtype == rasas.dtype and ours.shape == rasas.shape
        for part in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(ours, part), getattr(rasas, part))


def test_saying_the_bot_misread_counts_as_not_understood_and_refusing_the_age_as_no():
    from engine.nlu.situation import analyze, decide_intent

    misread = analyze("nej du fattar fortfarande inte", "deny", 0.8)
    assert decide_intent("deny", misread, has_age=False, confidence=0.8) == "nlu_fallback"
    no_age = analyze("spelar ingen roll hur gammal jag e", "out_of_scope", 0.6)
    assert decide_intent("out_of_scope", no_age, has_age=False, confidence=0.6) == "deny"
    consult = analyze("kan ni ge konsultation till mig som handläggare?", "request_human", 0.7)
    assert decide_intent("request_human", consult, has_age=False, confidence=0.7) == (
        "professional_advice"
    )
    # An unsure crisis reading of a bare question is refused by analyze(): the question is
    # answered, not a suicide line (set GB).
    question = analyze("do i have to give my name if i call KAST?", "suicidal", 0.39)
    assert decide_intent("suicidal", question, has_age=False, confidence=0.39) == (
        "ask_anonymity"
    )


def test_the_gateways_language_becomes_the_language_entity():
    from engine.nlu.components import LanguageReader

    message = Message(data={"text": "hi i need help", "metadata": {"language": "en"}})
    (processed,) = LanguageReader().process([message])
    assert [(e["entity"], e["value"]) for e in processed.get("entities")] == [("language", "en")]
    # No metadata (rasa shell, test stories): no entity, the slot keeps what it was.
    (bare,) = LanguageReader().process([Message(data={"text": "hej"})])
    assert not bare.get("entities")
    # Anything that is not a two-letter code is ignored.
    (junk,) = LanguageReader().process(
        [Message(data={"text": "x", "metadata": {"language": "<script>"}})]
    )
    assert not junk.get("entities")


def test_a_language_without_routes_gets_the_help_card_intent_whatever_the_words():
    from engine.nlu.components import LanguageReader

    message = Message(data={"text": "мне нужна помощь", "metadata": {"language": "ru"},
                            "intent": {"name": "greet", "confidence": 0.9}})
    (read,) = LanguageReader().process([message])
    (processed,) = SituationAnalyzer().process([read])
    assert processed.get("intent")["name"] == "other_language"
