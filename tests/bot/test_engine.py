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


class _Node:
    """Stands in for a GraphNode: returns (name, value) as GraphNode does, and counts calls."""

    def __init__(self, name, calls):
        self.name, self.calls = name, calls

    def __call__(self, *inputs):
        self.calls.append(self.name)
        return self.name, f"{self.name}({','.join(str(value) for _, value in inputs)})"


def _runner(cls, calls):
    from rasa.engine.graph import GraphSchema, SchemaNode

    def node(needs, target=False):
        return SchemaNode(
            needs=needs, uses=object, constructor_name="load", fn="f", config={}, is_target=target
        )

    schema = GraphSchema(
        {
            "tokens": node({"text": "__message__"}),
            "features": node({"tokens": "tokens"}),
            "intent": node({"features": "features", "tokens": "tokens"}, target=True),
            "unused": node({"tokens": "tokens"}),
        }
    )
    runner = cls.__new__(cls)
    runner._graph_schema = schema
    runner._execution_context = None
    runner._instantiated_nodes = {name: _Node(name, calls) for name in schema.nodes}
    return runner


def test_the_sequential_runner_gives_what_dask_gives():
    from rasa.engine.runner.dask import DaskGraphRunner

    dask_calls, our_calls = [], []
    inputs = {"__message__": "hej"}
    expected = _runner(DaskGraphRunner, dask_calls).run(inputs, ["intent"])
    assert _runner(engine.SequentialGraphRunner, our_calls).run(inputs, ["intent"]) == expected
    assert expected == {"intent": "intent(features(tokens(hej)),tokens(hej))"}
    assert sorted(our_calls) == sorted(dask_calls)  # each needed node once; "unused" never


def test_install_makes_rasa_load_models_with_the_sequential_runner(monkeypatch):
    from rasa.core import processor

    monkeypatch.setattr(processor, "DaskGraphRunner", processor.DaskGraphRunner)
    engine.install()
    assert processor.DaskGraphRunner is engine.SequentialGraphRunner
