"""The languages the assistant understands and answers in.

Swedish is the default; English has every route and rule too. Any other
language the gateway detects gets the help card (data/help_cards.yml).
"""

DEFAULT_LANGUAGE = "sv"
UNDERSTOOD_LANGUAGES = frozenset({"sv", "en"})
