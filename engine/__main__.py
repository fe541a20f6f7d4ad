"""`python -m engine run …`: Rasa's command with our fixes (engine/command.py)."""

from engine.command import main

main()
