"""What runs inside Rasa (the engine environment, Python 3.10): the NLU
components, the encrypted tracker store, the lock store and the `rasa` command
with our fixes. Imports nothing from the gateway (`bot/`)."""
