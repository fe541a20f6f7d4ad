"""Privacy scrubber: removes identifying data from user messages before anything
is stored, logged or forwarded. Import `bot.scrub.scrubber.Scrubber` explicitly;
this package does no work at import time."""
