"""What both environments read: the OUTREACH_ settings and key files, so the
gateway and Rasa's tracker store use one database and one set of keys."""
