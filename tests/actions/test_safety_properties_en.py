"""The safety rules hold in English too: generated English phrasings, any intent.

The Swedish properties (test_safety_properties.py) again, for a conversation
whose `language` slot is English: whatever the classifier says, a minor who
is paid or exploited gets Stödcentrum and BRIS and hears that it is not
their fault, a victim is never sent to Preventell, danger puts 112 first,
suicidal thoughts put 112 and 90101 first, and the reply is in English.
"""

import asyncio
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.actions.conftest import respond_to
from tests.actions.test_safety_properties import INTENTS, bubbles

AGES = st.integers(min_value=12, max_value=17)
WORDS = {12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen"}
# Swedish small words; the services' Swedish names are taken out first.
SWEDISH_WORDS = re.compile(r"\b(?:och|inte|jag|du|är|det|för|Ring)\b")
SERVICE_NAMES = re.compile(r"Stödcentrum för unga brottsutsatta|KAST – Köpare av sexuella tjänster")


@st.composite
def minor_age(draw):
    age = draw(AGES)
    forms = [f"i'm {age}", f"im {age}", f"i am {age} years old", f"{age}yo",
             f"i am {WORDS[age]}", f"i'm only {age}", f"turning {age + 1} soon, i'm {age}",
             f"born in {2026 - age}", "i'm under 18", "i'm a minor", "not 18 yet"]
    if age <= 16:
        forms.append(f"i'm in year {age - 5}")
    return draw(st.sampled_from(forms))


EXCHANGE = [
    "an older man pays me for sex", "a guy sends me money after we meet and do stuff",
    "i get gifts if i do things with him", "i have a sugar daddy",
    "i sell nudes on snap", "i can sleep at his place if i have sex with him",
    "he tops up my phone if we have sex", "i get paid for sex",
    "older guys give me weed if i do sexual stuff with them", "i sell sex",
]
VICTIM = [
    "he forces me to meet his friends", "my boyfriend takes all the money from the clients",
    "they took my passport", "a client raped me", "he did not stop when i said no",
    "i have a pimp", "i was forced to have sex with him",
    "he threatens to send my nudes to everyone", "they lock me in the apartment",
    "i must pay back the trip by taking clients",
]
DANGER = [
    "he is outside the door now", "he is hitting me right now", "i am locked in and cannot get out",
    "they say they will kill me", "i am in danger", "he has a knife",
]
SUICIDAL = [
    "i don't want to live anymore", "i am going to kill myself", "i want to die",
    "i'm thinking of ending my life",
]
QUESTIONS = ["", "is that illegal?", "will my parents find out?", "will i be reported?",
             "what is your number", "what should i do"]
FILLERS = ["", "so ", "like ", "hi ", "ok so ", "idk but "]


@pytest.fixture(scope="module", autouse=True)
def _loop():
    global _LOOP
    _LOOP = asyncio.new_event_loop()
    yield
    _LOOP.close()


_LOOP = None


def run(text, intent, confidence):
    return _LOOP.run_until_complete(respond_to(text, intent, confidence, language="en"))


def in_english(said):
    return not SWEDISH_WORDS.search(SERVICE_NAMES.sub("", said))


FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(minor_age(), st.sampled_from(EXCHANGE + VICTIM), st.sampled_from(QUESTIONS),
       st.sampled_from(FILLERS), st.sampled_from(INTENTS), st.floats(0.0, 1.0), st.booleans())
def test_a_minor_paid_or_exploited_always_gets_stodcentrum_and_bris_in_english(
    age, situation, question, filler, intent, confidence, age_first
):
    body = f"{age} and {situation}" if age_first else f"{situation}, {age}"
    text = f"{filler}{body} {question}".strip()
    messages, _ = run(text, intent, confidence)
    said = "\n".join(bubbles(messages))
    assert "Stödcentrum" in said and "BRIS" in said, text
    assert "Mikamottagningen" not in said and "KAST" not in said, text
    assert "Preventell" not in said, text
    assert "not your fault" in said, text
    assert in_english(said), text


@FAST
@given(st.sampled_from(VICTIM), st.sampled_from(QUESTIONS), st.sampled_from(INTENTS),
       st.floats(0.0, 1.0), st.sampled_from(["", "i'm 25 and ", "i'm 19 and ", "i'm 15 and "]))
def test_a_victim_is_never_sent_to_preventell_in_english(victim, question, intent, confidence,
                                                         age):
    text = f"{age}{victim} {question}".strip()
    messages, _ = run(text, intent, confidence)
    said = "\n".join(bubbles(messages))
    assert "Preventell" not in said, text


@FAST
@given(st.sampled_from(DANGER), st.sampled_from(EXCHANGE + VICTIM + [""]),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0), st.booleans())
def test_danger_now_puts_112_first_in_english(danger, context, intent, confidence, danger_first):
    text = (f"{danger}, {context}" if danger_first else f"{context}. {danger}").strip(" ,.")
    messages, _ = run(text, intent, confidence)
    first = bubbles(messages)[0]
    assert "112" in first and in_english(first), text
    assert any("handover" in (m.get("custom") or {}) for m in messages), text


@FAST
@given(st.sampled_from(SUICIDAL), st.sampled_from(EXCHANGE + VICTIM + DANGER + [""]),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0))
def test_suicidal_thoughts_put_112_and_90101_first_in_english(suicidal, context, intent,
                                                              confidence):
    text = f"{context} {suicidal}".strip()
    messages, _ = run(text, intent, confidence)
    first = bubbles(messages)[0]
    assert "112" in first and "90101" in first and in_english(first), text
