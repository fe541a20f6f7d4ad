"""The acute model: what it learns from, whether it finds crises in new writers' words,
and that it can only add a crisis the rules missed."""

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import acute_model
from bot.nlu.components import AcuteClassifier, SituationAnalyzer
from bot.nlu.situation import analyze

SITUATIONS = Path(__file__).resolve().parents[2] / "data" / "situations"

TINY = """\
messages:
  - {id: t1, text: "vill inte leva längre, har tabletterna här", first: [emergency, mind]}
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
    group: adult_selling
    turns:
      - {text: "hej"}
      - {text: "jag är 30"}
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    (tmp_path / "tiny.yml").write_text(TINY, encoding="utf-8")
    return tmp_path


def test_the_label_is_what_must_come_first():
    assert acute_model.label({"first": ["emergency", "mind"]}) == acute_model.SUICIDAL
    assert acute_model.label({"first": ["emergency"]}) == acute_model.DANGER
    # 112 somewhere in the answer but not first is not a crisis to learn from.
    assert acute_model.label({"must": ["emergency", "mika"]}) == acute_model.NONE


def test_messages_and_only_the_openings_of_conversations_are_learned(tiny):
    examples = acute_model.load_examples(tiny)
    texts = [text for text, _ in examples]
    assert len(examples) == 9
    assert "han slår mig med kniv nu" in texts  # a judged opening
    assert "han är kvar här" not in texts  # means what it means after the turns before
    assert "hej" not in texts  # an opening nothing is expected of


def test_no_situation_files_fails_loudly_rather_than_training_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        acute_model.load_examples(tmp_path)


def test_changing_a_situation_file_changes_the_fingerprint(tiny):
    before = acute_model.digest(tiny)
    (tiny / "tiny.yml").write_text(TINY.replace("kniv", "pistol"), encoding="utf-8")
    assert acute_model.digest(tiny) != before


@pytest.fixture(scope="module")
def writer_disjoint():
    """Trained on four in five of the writers' files, read on the fifth."""
    paths = sorted(SITUATIONS.glob("*.yml"))
    held_out = paths[2::5]
    train, test = [], []
    for path in paths:
        (test if path in held_out else train).extend(acute_model.examples_in(path))
    model = acute_model.train(train)
    readings = model.readings([text for text, _ in test])
    return np.array([kind for _, kind in test]), readings


def test_it_finds_crises_written_by_writers_it_never_saw(writer_disjoint):
    labels, readings = writer_disjoint
    found = np.array([p >= acute_model.THRESHOLD for _, p in readings])
    acute = labels != acute_model.NONE
    assert acute.sum() >= 100
    assert found[acute].mean() >= 0.85  # 0.91 in cross-validation when it was built
    assert found[~acute].mean() <= 0.02  # false alarms: 0.8 % then


def test_it_tells_suicidal_thoughts_from_danger(writer_disjoint):
    labels, readings = writer_disjoint
    pairs = [
        (label, kind)
        for label, (kind, p) in zip(labels, readings, strict=True)
        if label != acute_model.NONE and p >= acute_model.THRESHOLD
    ]
    right = [acute_model.KIND[label] == kind for label, kind in pairs]
    assert sum(right) / len(right) >= 0.95  # 90101 for the one, not only 112


def test_the_component_trains_persists_and_reads_messages(tiny, tmp_path):
    (tmp_path / "storage").mkdir()
    storage = LocalModelStorage(tmp_path / "storage")
    resource = Resource("acute")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {"situations": str(tiny)}
    component = AcuteClassifier.create(config, storage, resource, context)
    component.train(TrainingData())
    loaded = AcuteClassifier.load(config, storage, resource, context)
    said = Message(data={"text": "han står utanför med en kniv"})
    button = Message(data={"text": '/inform_age{"age_group": "adult"}'})
    loaded.process([said, button])
    assert said.get("acute")["kind"] in ("danger", "suicidal")
    assert 0.0 <= said.get("acute")["p"] <= 1.0
    assert button.get("acute") is None  # a button's payload says exactly what it means
    assert AcuteClassifier.fingerprint_addon(config) == acute_model.digest(tiny)


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
    [(0.8, "suicidal"), (acute_model.THRESHOLD - 0.01, "chitchat")],
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
