"""Rasa's command line, with two speed fixes: `python -m bot.engine run …`.

Both were found by profiling a message (docs/benchmarks.md); neither changes
what Rasa computes. Everything else is Rasa's own `rasa` command.

- Rasa 3.6 checks every reply from the action server with
  `jsonschema.validate`, which first checks Rasa's large event schema against
  the JSON Schema meta-schema: about 26 ms per reply, most of a message's
  time here. The validator is built once; the check and its error message
  stay as Rasa wrote them.
- Rasa runs the model's graphs (NLU, then the policies) through Dask's task
  scheduler, whose bookkeeping costs more than our small components. The
  graphs are run in dependency order by plain Python instead, with the same
  nodes, inputs and results.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Dict, List, Optional, Text

import jsonschema
from rasa.core import processor
from rasa.core.actions.action import RemoteAction
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DOCS_BASE_URL


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(result))
    if error is not None:
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


class SequentialGraphRunner(DaskGraphRunner):
    """DaskGraphRunner's `run`, evaluating each needed node once, in dependency order."""

    def run(
        self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None
    ) -> Dict[Text, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        given = inputs or {}
        for value in given.values():  # as DaskGraphRunner checks its inputs
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name.")
        done: Dict[Text, Any] = {}

        def evaluate(name: Text) -> Any:
            if name in given:
                return name, given[name]
            if name not in done:
                needs = self._graph_schema.nodes[name].needs.values()
                done[name] = self._instantiated_nodes[name](*(evaluate(n) for n in needs))
            return done[name]

        try:
            return dict(evaluate(target) for target in run_targets)
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error


def install() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    processor.DaskGraphRunner = SequentialGraphRunner  # the runner Rasa loads models with


def main() -> None:
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
