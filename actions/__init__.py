"""Custom actions for the outreach assistant, one module per area.

Start with `rasa run actions --actions actions`; rasa-sdk imports every module
of this package and registers each `Action` subclass by its `name()`. Being
imported that way, `logsafe` keeps what people wrote out of the action
server's logs and error replies.
"""
