"""The spaCy side of the scrubber: one local Swedish pipeline, never a download.

Presidio's SpacyNlpEngine downloads a model it cannot find and keeps every
NER label. The service runs offline and only person names matter here
(places and organisations identify no one and the bot needs them), so this
engine loads a pipeline directory, refuses a missing one, and keeps only
person entities.
"""

from __future__ import annotations

import os
from pathlib import Path

import regex as re
import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc, Span

# Person labels of common Swedish NER schemes: CoNLL (PER), OntoNotes
# (PERSON), SUC 3.0 (PRS).
PERSON_LABELS: frozenset[str] = frozenset({"PER", "PERSON", "PRS"})
PERSON_ENTITY = "PERSON"
NER_SCORE = 0.6
# spaCy's tokenizer takes quadratic time on a long run of punctuation (8000
# "+" take ~12 s): such runs name no one, so the model sees spaces instead.
_PUNCTUATION_RUN = re.compile(r"(?:[^\w\s]|_){6,}")


def blank_punctuation_runs(text: str) -> str:
    """`text` with long punctuation runs as spaces: same length, same offsets."""
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over a local pipeline directory, person entities only."""

    def __init__(self, model_path: str | os.PathLike[str], language: str = "sv") -> None:
        self.model_path = Path(model_path)
        self.language = language
        super().__init__(
            models=[{"lang_code": language, "model_name": str(self.model_path)}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={label: PERSON_ENTITY for label in PERSON_LABELS},
                # Below the cue recognizer's scores, so that Presidio's
                # de-duplication keeps an exact "jag heter X" over a loose NER span.
                default_score=NER_SCORE,
            ),
        )

    def load(self) -> None:
        """Load the pipeline from disk; a missing one is an error, not a download."""
        if not (self.model_path / "config.cfg").is_file():
            raise FileNotFoundError(
                f"no spaCy pipeline at {self.model_path} (expected config.cfg); "
                "the scrubber never downloads a model"
            )
        self.nlp = {self.language: spacy.load(self.model_path)}

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Run the pipeline on `text` with long punctuation runs blanked."""
        return super().process_text(blank_punctuation_runs(text), language)

    def _get_entities(self, doc: Doc) -> list[Span]:
        """Only person names: other labels are neither identifying nor wanted."""
        return [ent for ent in doc.ents if ent.label_ in PERSON_LABELS]

    def _get_scores_for_entities(self, doc: Doc) -> list[float]:
        return [self.ner_model_configuration.default_score] * len(self._get_entities(doc))

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Use the lower-cased word where the pipeline has no lemmatizer.

        Presidio's context enhancer compares context words with lemmas; a
        pipeline without a lemmatizer gives empty lemmas and no context at all.
        """
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        artifacts.lemmas = [token.lemma_ or token.lower_ for token in doc]
        artifacts.keywords = NlpArtifacts.set_keywords(self, artifacts.lemmas, language)
        return artifacts
