"""The whole life of a conversation, as plain async functions both faces call:
states and handover, the queue, places and waits, opening hours, language."""
