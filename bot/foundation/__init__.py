"""The gateway's foundation: settings in use, storage and migrations, keys,
the live hub, limits, logs and the clients of Rasa and the scrubber. Imports
no web face and nothing about a conversation's life."""
