"""Rasa NLU component that adds the `age_group` entity found by `bot.nlu.age`.

A rule-based extractor rather than a trained one: whether someone is under 18
decides where they are sent, so it must be predictable and unit-tested, not
learned from a few hundred examples. The entity's role says whose age it is
(`self` or `other`); a bare answer such as "16" has no role and the dialogue
decides whose it is.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

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
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.age import find_ages

AGE_ENTITY = "age_group"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class AgeExtractor(GraphComponent, EntityExtractorMixin):
    """Adds one `age_group` entity (minor/adult) per age mention."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> AgeExtractor:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            entities = [self._entity(mention) for mention in find_ages(text)]
            if entities:
                found = message.get(ENTITIES, []) + self.add_extractor_name(entities)
                message.set(ENTITIES, found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # Ages are never annotated in training data; nothing to add.
        return training_data

    @staticmethod
    def _entity(mention: Any) -> Dict[Text, Any]:
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
