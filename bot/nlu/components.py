"""Custom Rasa NLU components, each a thin wrapper around a tested pure module.

- `AgeExtractor` adds `age_group` entities found by `bot.nlu.age`.
- `CrisisOverride` sets the intent when `bot.nlu.crisis` finds a plainly
  stated crisis that the statistical classifier may have missed.

Both are rule-based on purpose: where someone under 18 is sent, and whether a
crisis gets 112, must be predictable and unit-tested, not learned from a few
thousand examples.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_ROLE,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.age import MINOR, AgeMention, find_ages
from bot.nlu.crisis import crisis_intent

AGE_ENTITY = "age_group"


class _RuleComponent(GraphComponent):
    """Shared plumbing of a component with no training and no config."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> _RuleComponent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def _youngest_per_role(mentions: List[AgeMention]) -> List[AgeMention]:
    """For each role, the first minor mention, else the first mention; in text order."""
    chosen: Dict[Optional[Text], AgeMention] = {}
    for mention in mentions:
        kept = chosen.get(mention.role)
        if kept is None or (mention.group == MINOR and kept.group != MINOR):
            chosen[mention.role] = mention
    return sorted(chosen.values(), key=lambda mention: mention.start)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class AgeExtractor(_RuleComponent, EntityExtractorMixin):
    """Adds an `age_group` entity (minor/adult) for whose ages a message states.

    The role says whose age it is (`self` or `other`); a bare answer such as
    "16" has no role and the dialogue decides whose it is (actions/slots.py).
    One entity per role: the youngest mentioned, because Rasa fills a slot
    from one entity and a child must never be routed as an adult by mistake.
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            entities = [self._entity(mention) for mention in _youngest_per_role(find_ages(text))]
            if entities:
                found = message.get(ENTITIES, []) + self.add_extractor_name(entities)
                message.set(ENTITIES, found, add_to_output=True)
        return messages

    @staticmethod
    def _entity(mention: AgeMention) -> Dict[Text, Any]:
        entity: Dict[Text, Any] = {
            ENTITY_ATTRIBUTE_TYPE: AGE_ENTITY,
            ENTITY_ATTRIBUTE_VALUE: mention.group,
            ENTITY_ATTRIBUTE_START: mention.start,
            ENTITY_ATTRIBUTE_END: mention.end,
            ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
        }
        if mention.role:
            entity[ENTITY_ATTRIBUTE_ROLE] = mention.role
        return entity


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisOverride(_RuleComponent):
    """Makes a plainly stated crisis the intent, with full confidence.

    Placed after the intent classifier and before the FallbackClassifier, so
    that a crisis is never answered with "I did not understand".
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = crisis_intent(message.get(TEXT) or "")
            if intent is None:
                continue
            top = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
            ranking = [
                r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent
            ]
            message.set(INTENT, top, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [top] + ranking, add_to_output=True)
        return messages
