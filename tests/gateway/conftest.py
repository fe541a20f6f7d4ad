"""Shared fixtures for the gateway tests.

The scrubber loads spaCy, so one instance serves the whole session, built
from the committed pipeline at bot/scrub/sv_ner (scripts/train_ner.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import configuration as hypothesis_configuration

from tests.gateway.fixtures import rasa, rasa_received, settings  # noqa: F401 (fixtures)

REPO_ROOT = Path(__file__).resolve().parents[2]
SV_NER = REPO_ROOT / "bot" / "scrub" / "sv_ner"

# Hypothesis keeps caches in ./.hypothesis; keep them out of the work tree.
hypothesis_configuration.set_hypothesis_home_dir(
    Path(tempfile.gettempdir()) / "outreach-gateway-hypothesis"
)


@pytest.fixture(scope="session")
def scrubber():
    """One Scrubber for the session, warmed up."""
    from bot.scrub.scrubber import Scrubber

    instance = Scrubber(SV_NER)
    instance.scrub("värm upp: sara@example.se 070-123 45 67")
    return instance
