"""Rasa's dialogue handling with less repeated work per message: the same decisions.

Found by profiling a message in-process (docs/benchmarks.md); each is Rasa's
own logic, tested to decide as Rasa does (tests/engine/test_dialogue.py):

- `Domain.is_empty`, asked on every message, built a new empty Domain to
  compare with: the empty domain's data is built once.
- Rasa's processor and RulePolicy deep-copy events, parse data and states
  only to pass them to `structlogger.debug`, even when debug is off. The log
  processors only replace fields (engine/command.py `_redact_event`, Rasa's
  anonymizer), never change the values, so the copies are not needed.
- RulePolicy narrows its rules turn by turn, rebuilding each rule's reversed
  states for every rule, turn and prediction: they are built once per rule,
  and the narrowing stops when no rule is left.
"""

from __future__ import annotations

import functools
import json
import types
from typing import Any, Dict, List, Set, Text, Tuple

from rasa.core import processor
from rasa.core.policies import rule_policy
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.domain import Domain, State


@functools.lru_cache(maxsize=1)
def _empty_domain_data() -> Dict[Text, Any]:
    return Domain.empty().as_dict()


def _is_empty(self: Domain) -> bool:
    """Domain.is_empty, comparing with the empty domain's data built once."""
    return self.as_dict() == _empty_domain_data()


def _as_logged(value: Any, memo: Any = None) -> Any:
    """What `copy.deepcopy` gave Rasa's debug log calls: the value, which the log only reads."""
    return value


# Stands in for the `copy` module in the two Rasa modules whose only deep copies are
# arguments to structlogger.debug (tests/engine/test_dialogue.py checks that they are).
LOG_COPY = types.SimpleNamespace(deepcopy=_as_logged)
MODULES_COPYING_FOR_LOGS = (processor, rule_policy)


@functools.lru_cache(maxsize=None)
def _reversed_rule_states(rule_key: Text) -> Tuple[State, ...]:
    """A rule's states, last first (RulePolicy._is_rule_applicable's `reversed_rule_states`)."""
    return tuple(reversed(json.loads(rule_key)))


def _get_possible_keys(
    self: RulePolicy, lookup: Dict[Text, Text], states: List[State]
) -> Set[Text]:
    """RulePolicy._get_possible_keys: the rules applicable at every turn, turn by turn."""
    possible_keys = set(lookup.keys())
    for turn_index, state in enumerate(reversed(states)):
        if not possible_keys:
            break  # nothing left to narrow
        current_previous_action = state.get(PREVIOUS_ACTION)
        kept = set()
        for key in possible_keys:
            rule_states = _reversed_rule_states(key)
            # As _is_rule_applicable, step by step.
            if turn_index >= len(rule_states):
                kept.add(key)
                continue
            rule_previous_action = rule_states[turn_index].get(PREVIOUS_ACTION)
            if not rule_previous_action and not current_previous_action:
                kept.add(key)
            elif not rule_previous_action or not current_previous_action:
                continue
            elif self._does_rule_match_state(rule_states[turn_index], state):
                kept.add(key)
        possible_keys = kept
    return possible_keys


RASAS = {
    (Domain, "is_empty"): Domain.is_empty,
    (RulePolicy, "_get_possible_keys"): RulePolicy._get_possible_keys,
    **{(module, "copy"): module.copy for module in MODULES_COPYING_FOR_LOGS},
}  # what install() replaces, for tests to compare with and put back


def install() -> None:
    Domain.is_empty = _is_empty
    for module in MODULES_COPYING_FOR_LOGS:
        module.copy = LOG_COPY
    RulePolicy._get_possible_keys = _get_possible_keys
