"""The routing report of the never-read sets never prints what their cases say."""

import scripts.eval_routing as eval_routing
from scripts.eval_routing import Answer, report

CASE = {"id": "zz001", "group": "danger", "minor": True, "acute": True,
        "text": "a message nobody may read", "must": ["emergency"]}
WRONG = (CASE, False, [("a message nobody may read", Answer([{"text": "Okej."}]),
                        ["missing emergency"])])


def test_a_wrong_answer_is_reported_with_its_text_by_default(monkeypatch):
    monkeypatch.setattr(eval_routing, "HIDE_TEXTS", False)
    text, _ = report([WRONG], 0.95)
    assert "a message nobody may read" in text


def test_hidden_texts_leave_the_id_group_and_labels_only(monkeypatch):
    monkeypatch.setattr(eval_routing, "HIDE_TEXTS", True)
    monkeypatch.setattr(eval_routing, "SHOW_REPLIES", True)
    text, _ = report([WRONG], 0.95)
    assert "a message nobody may read" not in text
    assert "zz001 (danger) [minor] [acute]" in text
    assert "missing emergency" in text
    assert "Okej." not in text  # the reply would tell the case too
