"""Everything around the Rasa engine: NLU helpers now, the gateway later."""
