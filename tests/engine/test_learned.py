"""The learned readings: what they learn from, whether they find a crisis or a child in
new writers' words, and that they only add what the rules missed."""

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from engine.nlu import learned
from engine.nlu.components import LearnedReadings, SituationAnalyzer
from engine.nlu.situation import analyze

SITUATIONS = Path(__file__).resolve().parents[2] / "data" / "situations"

TINY = """\
messages:
  - {id: t1, minor: true, text: "vill inte leva, har tabletterna här", first: [emergency, mind]}
  - {id: t2, text: "tänker ta livet av mig ikväll", first: [emergency, mind]}
  - {id: t3, text: "han står utanför dörren med en kniv", first: [emergency]}
  - {id: t4, text: "en kund låser in mig och slår mig nu", first: [emergency]}
  - {id: t5, text: "är det olagligt att sälja sex här"}
  - {id: t6, text: "var kan man testa sig för klamydia"}
  - {id: t7, text: "jag köper sex och vill sluta med det"}
  - {id: t8, text: "säljer sex sen ett år, är 24, vill prata"}
conversations:
  - id: tc1
    group: danger
    turns:
      - {text: "han slår mig med kniv nu", first: [emergency]}
      - {text: "ja"}
      - {text: "han är kvar här"}
  - id: tc2
    minor: true
    group: minor_selling
    turns:
      - {text: "e 15 o en kille swishar mig", must: [bris]}
      - {text: "ok"}
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    (tmp_path / "tiny.yml").write_text(TINY, encoding="utf-8")
    return tmp_path


def test_the_acute_label_is_what_must_come_first():
    first = {"first": ["emergency", "mind"]}
    assert learned.acute_label(first, first) == learned.SUICIDAL
    assert learned.acute_label({}, {"first": ["emergency"]}) == learned.DANGER
    # 112 somewhere in the answer but not first is not a crisis to learn from.
    assert learned.acute_label({}, {"must": ["emergency", "mika"]}) == learned.NONE


def test_messages_and_only_the_openings_of_conversations_are_learned(tiny):
    examples = learned.load_examples(learned.acute_label, tiny)
    texts = [text for text, _ in examples]
    assert len(examples) == 10
    assert ("han slår mig med kniv nu", learned.DANGER) in examples  # a judged opening
    assert "han är kvar här" not in texts  # means what it means after the turns before
    assert "ok" not in texts


def test_the_minor_model_learns_from_whole_messages_only(tiny):
    examples = dict(learned.load_examples(learned.minor_label, tiny))
    assert examples["vill inte leva, har tabletterna här"] == 1
    assert examples["han står utanför dörren med en kniv"] == 0
    # A conversation's `minor` may be said only in a later turn: not its opening's.
    assert "e 15 o en kille swishar mig" not in examples


def test_no_situation_files_fails_loudly_rather_than_training_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        learned.load_examples(learned.acute_label, tmp_path)


def test_changing_a_situation_file_changes_the_fingerprint(tiny):
    before = learned.digest(tiny)
    (tiny / "tiny.yml").write_text(TINY.replace("kniv", "pistol"), encoding="utf-8")
    assert learned.digest(tiny) != before


@pytest.fixture(scope="module")
def four_in_five():
    """The three models trained once on four in five of the writers' files (the fifth held
    out). Training takes most of a minute and a half; the tests below share it."""
    paths = sorted(SITUATIONS.glob("*.yml"))
    held_out = paths[2::5]
    kept = [p for p in paths if p not in held_out]
    readings = learned.train(
        [e for p in kept for e in learned.examples_in(p, learned.acute_label)],
        [e for p in kept for e in learned.examples_in(p, learned.minor_label)],
        [e for p in kept for e in learned.examples_in(p, learned.sign_label)],
    )
    return readings, held_out


@pytest.fixture(scope="module")
def writer_disjoint(four_in_five):
    """Both models as trained on four in five of the writers' files, read on the fifth."""
    readings, held_out = four_in_five
    acute = [e for p in held_out for e in learned.examples_in(p, learned.acute_label)]
    minor = [e for p in held_out for e in learned.examples_in(p, learned.minor_label)]
    return (
        np.array([label for _, label in acute]),
        [(kind, p) for kind, p, _ in readings.read([text for text, _ in acute])],
        np.array([label for _, label in minor]),
        np.array([young for _, _, young in readings.read([text for text, _ in minor])]),
    )


def test_it_finds_crises_written_by_writers_it_never_saw(writer_disjoint):
    labels, readings, _, _ = writer_disjoint
    found = np.array([p >= learned.ACUTE_THRESHOLD for _, p in readings])
    acute = labels != learned.NONE
    assert acute.sum() >= 100
    assert found[acute].mean() >= 0.85  # 0.91 in cross-validation when it was built
    assert found[~acute].mean() <= 0.02  # false alarms: 0.8 % then


def test_it_tells_suicidal_thoughts_from_danger(writer_disjoint):
    labels, readings, _, _ = writer_disjoint
    pairs = [
        (label, kind)
        for label, (kind, p) in zip(labels, readings, strict=True)
        if label != learned.NONE and p >= learned.ACUTE_THRESHOLD
    ]
    right = [learned.KIND[label] == kind for label, kind in pairs]
    assert sum(right) / len(right) >= 0.95  # 90101 for the one, not only 112


def test_it_takes_no_adult_for_a_child_among_writers_it_never_saw(writer_disjoint):
    _, _, labels, young = writer_disjoint
    flagged = labels[young >= learned.MINOR_THRESHOLD]
    assert len(flagged) >= 0.3 * labels.sum()  # it finds children...
    assert flagged.mean() >= 0.97  # ...and almost never an adult


def test_the_fast_probabilities_are_scikit_learns(four_in_five):
    readings, _ = four_in_five
    texts = ["han står utanför dörren nu", "e 15 o säljer bilder", "var testar man sig"]
    features = readings.features.transform(texts)
    for model in (readings.acute, readings.minor):
        assert np.allclose(learned._probabilities(model, features), model.predict_proba(features))
    # What Rasa calls for one message is the same arithmetic, equal to the bit.
    texts = [text for text, _ in learned.load_examples(learned.acute_label, SITUATIONS)]
    texts += ["", "!!!", "ok", "OK OK OK ok", "xyzzy qwfp"]
    features = readings.features.transform(texts)
    models = (readings.acute, readings.minor, readings.sign)
    batch = [learned._probabilities(model, features) for model in models]
    assert readings.reading_of(texts[0])  # lays the weights out
    for i, text in enumerate(texts):
        one = readings._one_text.probabilities(text)
        assert all(np.array_equal(one[k], batch[k][i]) for k in range(3)), text
    assert [readings.reading_of(text) for text in texts] == [
        (*acute, *sign)
        for acute, sign in zip(readings.read(texts), readings.signs(texts), strict=True)
    ]


def test_the_component_trains_persists_and_reads_messages(tiny, tmp_path):
    (tmp_path / "storage").mkdir()
    storage = LocalModelStorage(tmp_path / "storage")
    resource = Resource("acute")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {"situations": str(tiny)}
    component = LearnedReadings.create(config, storage, resource, context)
    component.train(TrainingData())
    loaded = LearnedReadings.load(config, storage, resource, context)
    said = Message(data={"text": "han står utanför med en kniv"})
    button = Message(data={"text": '/inform_age{"age_group": "adult"}'})
    loaded.process([said, button])
    assert said.get("acute")["kind"] in ("danger", "suicidal")
    assert 0.0 <= said.get("acute")["p"] <= 1.0
    assert 0.0 <= said.get("minor_reading") <= 1.0
    assert button.get("acute") is None  # a button's payload says exactly what it means
    assert LearnedReadings.fingerprint_addon(config).startswith(learned.digest(tiny))


# "allt är så mörkt nu, orkar inget": no phrase of the crisis rules, a crisis all the same.
DARK = "allt är så mörkt nu, orkar inget"


def test_a_crisis_only_the_model_reads_is_added():
    assert not analyze(DARK, "chitchat", 0.9).signs & {"suicidal", "danger"}
    assert "suicidal" in analyze(DARK, "chitchat", 0.9, acute="suicidal").signs
    assert "danger" in analyze(DARK, "chitchat", 0.9, acute="danger").signs


def test_a_what_if_question_is_no_crisis_whatever_the_model_reads():
    situation = analyze("vad händer om en kund blir våldsam?", "ask_law", 0.9, acute="danger")
    assert not situation.signs & {"suicidal", "danger"}


def test_the_model_never_changes_a_crisis_the_rules_read():
    situation = analyze("jag vill ta livet av mig", "chitchat", 0.9, acute="danger")
    assert "suicidal" in situation.signs and "danger" not in situation.signs


@pytest.mark.parametrize(
    "probability, intent",
    [(0.8, "suicidal"), (learned.ACUTE_THRESHOLD - 0.01, "chitchat")],
)
def test_the_analyzer_follows_the_model_only_above_its_threshold(probability, intent):
    message = Message(
        data={
            "text": DARK,
            "intent": {"name": "chitchat", "confidence": 0.9},
            "acute": {"kind": "suicidal", "p": probability},
        }
    )
    SituationAnalyzer().process([message])
    assert message.get("intent")["name"] == intent


# A sixteen-year-old's words without an age the rules can read.
YOUNG = "en gubbe ger mig pengar om jag skickar bilder, mamma vet inget"


def test_a_child_only_the_model_reads_becomes_likely_minor():
    assert "likely_minor" not in analyze(YOUNG, "sells_sex", 0.9).signs
    assert "likely_minor" in analyze(YOUNG, "sells_sex", 0.9, young=True).signs


def test_a_written_age_always_outweighs_the_minor_model():
    situation = analyze("jag är 24 och " + YOUNG, "sells_sex", 0.9, young=True)
    assert "likely_minor" not in situation.signs


def test_a_buyer_is_never_taken_for_the_child():
    situation = analyze("jag köpte sex av en tjej igår", "buys_sex", 0.9, young=True)
    assert "likely_minor" not in situation.signs


def test_a_parent_named_is_an_adult_whatever_the_minor_model_reads():
    situation = analyze("min mamma säljer sex, vad gör jag", "relative_sells_sex", 0.9, young=True)
    assert "likely_minor" not in situation.signs


def test_the_sign_label_is_the_routing_groups_sign():
    assert learned.sign_label({"group": "adult_selling"}, {}) == "exchange"
    assert learned.sign_label({"group": "coercion_minor"}, {}) == "coercion"
    assert learned.sign_label({"group": "law_question"}, {}) == learned.NO_SIGN
    # A conversation's group is told over several turns; an ungrouped message teaches nothing.
    assert learned.sign_label({"group": "buyer", "turns": []}, {}) is None
    assert learned.sign_label({"text": "hej"}, {}) is None


def test_the_situation_model_reads_what_the_rules_miss_among_writers_it_never_saw(four_in_five):
    """Where the rules read no sign, the model's fallback sign is almost always right."""
    readings, held_out = four_in_five
    tested = [e for p in held_out for e in learned.examples_in(p, learned.sign_label)]
    unread = [(text, label) for text, label in tested if not analyze(text).signs]
    read = readings.signs([text for text, _ in unread])
    fired = [
        (label, sign)
        for (_, label), (sign, p) in zip(unread, read, strict=True)
        if sign in learned.FALLBACK_SIGNS and p >= learned.SIGN_THRESHOLD
    ]
    assert len(fired) >= 0.1 * len(unread)  # it answers some of what the rules leave...
    assert sum(label == sign for label, sign in fired) >= 0.9 * len(fired)  # ...rightly


# Paid in kind for a camera show, in words no rule has (the class of set ES's "a man sends me
# gift cards and i do cam stuff for him").
CAM = "my online friend buys me stuff and in return i go live on cam for him"


def test_a_sign_only_the_situation_model_reads_is_added_where_nothing_else_is():
    assert not analyze(CAM, "professional_advice", 0.9).signs
    situation = analyze(CAM, "professional_advice", 0.9, learned_sign="exchange")
    assert "exchange" in situation.signs
    # It never stands beside, or instead of, a sign the rules or the classifier read.
    told = analyze("han tvingar mig att träffa män", "coerced_exploited", 0.9,
                   learned_sign="exchange")
    assert "coercion" in told.signs


@pytest.mark.parametrize(
    "reading, sign",
    [
        ({"sign": "exchange", "p": learned.SIGN_THRESHOLD}, "exchange"),
        ({"sign": "exchange", "p": learned.SIGN_THRESHOLD - 0.01}, None),
        ({"sign": "buying", "p": 0.99}, None),  # KAST on a guess could wound a victim
        ({"sign": "unwanted", "p": 0.99}, None),
        ({"sign": learned.NO_SIGN, "p": 0.99}, None),
        (None, None),
    ],
)
def test_only_a_sure_victims_or_sellers_sign_stands_in(reading, sign):
    from engine.nlu.components import _fallback_sign

    assert _fallback_sign(reading) == sign
