"""The AgeExtractor component inside Rasa's message objects."""

from rasa.shared.nlu.training_data.message import Message

from bot.nlu.age_extractor import AgeExtractor


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


def test_a_bare_answer_has_no_role_and_other_entities_are_kept():
    earlier = {"entity": "service", "value": "kast", "start": 0, "end": 4}
    message = Message(data={"text": "16", "entities": [earlier]})
    (processed,) = AgeExtractor().process([message])
    assert processed.get("entities")[0] == earlier
    assert "role" not in processed.get("entities")[1]


def test_no_age_no_entity():
    (processed,) = AgeExtractor().process([Message(data={"text": "jag köper sex"})])
    assert not processed.get("entities")
