"""The engine's speed fix checks action server replies exactly as Rasa does."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot import engine

GOOD = {
    "events": [{"event": "slot", "name": "age_group", "value": "minor"}],
    "responses": [{"text": "Hej"}],
}
BAD = {"events": [{"event": "slot", "timestamp": "not a number"}], "responses": []}


@pytest.fixture
def action(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", engine._validate_action_result)
    return RemoteAction("action_x", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_install_replaces_rasas_check(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", lambda self, result: None)
    engine.install()
    assert RemoteAction._validate_action_result is engine._validate_action_result


def test_a_valid_reply_passes(action):
    assert action._validate_action_result(GOOD) is True


def test_an_invalid_reply_fails_with_rasas_message(action):
    with pytest.raises(ValidationError) as failed:
        action._validate_action_result(BAD)
    assert "Failed to validate Action server response" in failed.value.message


def test_the_schema_is_checked_once(action, monkeypatch):
    """Rasa's own check re-checks the schema on every reply; this one does not."""
    engine._validator.cache_clear()
    cls = engine.jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
    checks = []
    real = cls.check_schema.__func__
    monkeypatch.setattr(
        cls, "check_schema", classmethod(lambda c, s: checks.append(1) or real(c, s))
    )
    for _ in range(3):
        action._validate_action_result(GOOD)
    assert len(checks) == 1
