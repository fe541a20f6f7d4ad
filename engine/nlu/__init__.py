"""Custom NLU pieces used by the Rasa pipeline (see config.yml)."""
