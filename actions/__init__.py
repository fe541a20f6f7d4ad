"""Custom actions for the outreach assistant, one module per area.

Start with `rasa run actions --actions actions`; rasa-sdk imports every module
of this package and registers each `Action` subclass by its `name()`.
"""
