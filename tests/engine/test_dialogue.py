"""engine/dialogue.py: Rasa's dialogue handling with less repeated work decides as Rasa does."""

import ast
import inspect
import json
import random

from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
from rasa.shared.core.domain import Domain

from engine import dialogue


def test_an_empty_domain_is_empty_and_another_is_not(monkeypatch):
    for (owner, name), rasas in dialogue.RASAS.items():
        monkeypatch.setattr(owner, name, rasas)  # put back after the test
    dialogue.install()
    assert Domain.is_empty is dialogue._is_empty
    assert Domain.empty().is_empty()
    assert not Domain.from_dict({"intents": ["greet"]}).is_empty()


def test_the_only_deep_copies_left_out_are_arguments_of_debug_log_calls():
    """Every use of `copy` in those modules is copy.deepcopy(...) as an argument of
    structlogger.debug(...): anything else would need the real module."""
    for module in dialogue.MODULES_COPYING_FOR_LOGS:
        tree = ast.parse(inspect.getsource(module))
        in_debug = set()
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "debug"
                and getattr(node.func.value, "id", None) == "structlogger"
            ):
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    in_debug.add(id(argument))
        uses = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "copy"
        ]
        assert uses, module.__name__
        calls = {
            id(node.func): node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        }
        for use in uses:
            assert use.attr == "deepcopy", (module.__name__, use.lineno)
            assert id(calls[id(use)]) in in_debug, (module.__name__, use.lineno)


def _random_state(rng, with_previous_action=True):
    state = {}
    if rng.random() < 0.8:
        state["user"] = {"intent": rng.choice(["greet", "affirm", "deny", "sells_sex"])}
        if rng.random() < 0.3:
            state["user"]["entities"] = tuple(rng.sample(["age_group", "language"], k=1))
    if with_previous_action:
        state[PREVIOUS_ACTION] = {
            "action_name": rng.choice(["action_listen", "action_respond", "utter_greet"])
        }
    if rng.random() < 0.5:
        state["slots"] = {
            "age_group": rng.choice([(1.0,), (0.0,), SHOULD_NOT_BE_SET]),
        }
    if rng.random() < 0.2:
        state["active_loop"] = {"name": rng.choice(["form", SHOULD_NOT_BE_SET])}
    return state


def test_the_rules_kept_are_rasas():
    rng = random.Random(5)
    policy = RulePolicy.__new__(RulePolicy)
    rasas = dialogue.RASAS[(RulePolicy, "_get_possible_keys")]
    kept = 0
    for _ in range(1000):
        rules = {}
        for _ in range(rng.randint(0, 30)):
            length = rng.randint(1, 4)
            states = [_random_state(rng, i > 0 or rng.random() < 0.7) for i in range(length)]
            rules[json.dumps(states, sort_keys=True)] = "action_respond"
        history = [_random_state(rng, i > 0) for i in range(rng.randint(1, 8))]
        # The conversation's states hold tuples, as Rasa makes them.
        expected = rasas(policy, rules, history)
        assert dialogue._get_possible_keys(policy, rules, history) == expected
        kept += bool(expected)
    assert kept > 150  # not only rules that never apply
