"""The gateway: the one public front door, in front of Rasa (see docs/architecture.md)."""
