"""The public face: the chat page, its API and its live channel."""
