"""The safety rules hold above any classifier: generated Swedish phrasings, any intent.

Each property builds messages the way people write them (ages as digits,
words, school years or birth years; slang; missing å/ä/ö; a question mixed
in) and lets Hypothesis pick whatever intent and confidence the statistical
classifier might give. The rules and the routing must still hold.
"""

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.actions.conftest import respond_to

INTENTS = [
    "sells_sex", "sugar_dating", "sells_images", "self_harm_sex", "buys_sex",
    "sexual_thoughts_children", "urge_to_force", "compulsive_sexual_behaviour",
    "relative_sells_sex", "relative_buys_sex", "relative_unwanted_sexuality",
    "coerced_exploited", "sexual_assault", "professional_advice", "wants_out",
    "health_question", "images_spread", "acute_danger", "suicidal", "request_human",
    "ask_law_selling", "ask_law_buying", "ask_law_minors", "ask_about_service",
    "ask_anonymity", "ask_contact", "greet", "goodbye", "thanks", "affirm", "deny",
    "bot_challenge", "chitchat", "out_of_scope", "inform_age", "nlu_fallback",
]
AGES = st.integers(min_value=12, max_value=17)
WORDS = {12: "tolv", 13: "tretton", 14: "fjorton", 15: "femton", 16: "sexton", 17: "sjutton"}
YEARS = {13: "sjuan", 14: "åttan", 15: "nian"}


@st.composite
def minor_age(draw):
    age = draw(AGES)
    forms = [f"jag är {age}", f"jag e {age}", f"e {age}", f"{age} år",
             f"jag är {WORDS[age]}", f"jag är {age} bast",
             f"jag fyller {age + 1} snart men är {age}",
             f"jag är född {2026 - age}", "jag är inte myndig", "jag är under 18"]
    if age in YEARS:
        forms.append(f"jag går i {YEARS[age]}")
    if age in (16, 17):
        forms.append("jag går i ettan på gymnasiet")
    return draw(st.sampled_from(forms))


EXCHANGE = [
    "en gubbe betalar mig för sex", "han swishar mig efter att vi har träffats och gjort saker",
    "jag får grejer om jag gör saker med honom", "jag har en sugardaddy",
    "jag säljer nudes på snap", "jag får sova hos honom om jag ligger med honom",
    "han laddar mitt kort om vi har sex", "jag tar betalt för sex",
    "äldre killar ger mig gräs om jag suger av dom", "jag säljer sex",
    "en man ger mig pengar för att jag visar mig naken i kameran",
]
VICTIM = [
    "han tvingar mig att träffa hans kompisar", "min pojkvän tar alla mina pengar från kunderna",
    "de har tagit mitt pass", "jag blev våldtagen av en kund", "han slutade inte fast jag sa nej",
    "jag har en hallick", "jag blev tvingad att ha sex med honom",
    "han hotar att sprida mina nakenbilder", "de låser in mig i lägenheten",
    "jag måste betala tillbaka resan genom att ta kunder",
]
DANGER = [
    "han står utanför dörren nu", "han slår mig just nu", "jag är inlåst och kommer inte ut",
    "de säger att de ska döda mig", "jag är i fara", "han har en kniv",
]
SUICIDAL = [
    "jag vill inte leva längre", "jag tänker ta mitt liv", "jag vill dö", "vill ta livet av mig",
]
QUESTIONS = ["", "är det olagligt?", "får mina föräldrar veta?", "blir jag anmäld?",
             "vad har ni för nummer", "vad ska jag göra"]
FILLERS = ["", "asså ", "typ ", "hej ", "ok så ", "jag vet inte men "]


def typed(text: str, fold: bool, upper: bool) -> str:
    """As people type it: sometimes without å/ä/ö, sometimes in capitals."""
    if fold:
        text = text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))
    return text.upper() if upper else text


@pytest.fixture(scope="module", autouse=True)
def _loop():
    """One event loop for the module's thousands of examples, closed at the end."""
    global _LOOP
    _LOOP = asyncio.new_event_loop()
    yield
    _LOOP.close()


_LOOP = None


def run(text, intent, confidence):
    return _LOOP.run_until_complete(respond_to(text, intent, confidence))


def bubbles(messages):
    return [m.get("text") or "" for m in messages if m.get("text")]


FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(minor_age(), st.sampled_from(EXCHANGE + VICTIM), st.sampled_from(QUESTIONS),
       st.sampled_from(FILLERS), st.sampled_from(INTENTS), st.floats(0.0, 1.0),
       st.booleans(), st.booleans(), st.booleans())
def test_a_minor_paid_or_exploited_always_gets_stodcentrum_and_bris_never_only_adult_help(
    age, situation, question, filler, intent, confidence, fold, upper, age_first
):
    body = f"{age} och {situation}" if age_first else f"{situation}, {age}"
    text = typed(f"{filler}{body} {question}".strip(), fold, upper)
    messages, _ = run(text, intent, confidence)
    said = "\n".join(bubbles(messages))
    assert "Stödcentrum" in said and "BRIS" in said, text
    assert "Mikamottagningen" not in said and "KAST" not in said, text
    assert "Preventell" not in said, text
    assert "inte ditt fel" in said, text


@FAST
@given(st.sampled_from(VICTIM), st.sampled_from(QUESTIONS), st.sampled_from(FILLERS),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0), st.booleans(),
       st.sampled_from(["", "jag är 25 och ", "jag är 19 och ", "jag är 15 och "]))
def test_a_victim_is_never_told_to_seek_help_for_their_thoughts(
    victim, question, filler, intent, confidence, fold, age
):
    text = typed(f"{filler}{age}{victim} {question}".strip(), fold, False)
    messages, _ = run(text, intent, confidence)
    said = "\n".join(bubbles(messages))
    assert "Preventell" not in said, text
    assert "tankar" not in said.split("Självmordslinjen")[0] or "ta ditt liv" in said, text


@FAST
@given(st.sampled_from(DANGER), st.sampled_from(EXCHANGE + VICTIM + [""]),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0), st.booleans(), st.booleans())
def test_danger_now_puts_112_in_the_first_bubble(danger, context, intent, confidence, fold,
                                                  danger_first):
    text = f"{danger}, {context}" if danger_first else f"{context}. {danger}"
    text = typed(text.strip(" ,."), fold, False)
    messages, _ = run(text, intent, confidence)
    assert "112" in bubbles(messages)[0], text
    assert any("handover" in (m.get("custom") or {}) for m in messages), text


@FAST
@given(st.sampled_from(SUICIDAL), st.sampled_from(EXCHANGE + VICTIM + DANGER + [""]),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0), st.booleans())
def test_suicidal_thoughts_put_112_and_90101_first(suicidal, context, intent, confidence, fold):
    text = typed(f"{context} {suicidal}".strip(), fold, False)
    messages, _ = run(text, intent, confidence)
    first = bubbles(messages)[0]
    assert "112" in first and "90101" in first, text


@FAST
@given(st.sampled_from(EXCHANGE + VICTIM + DANGER + SUICIDAL + QUESTIONS[1:]),
       st.sampled_from(INTENTS), st.floats(0.0, 1.0), minor_age())
def test_no_turn_has_more_than_three_bubbles(situation, intent, confidence, age):
    messages, _ = run(f"{age} och {situation}", intent, confidence)
    assert 1 <= len(bubbles(messages)) <= 3


@st.composite
def any_age(draw):
    age = draw(st.integers(min_value=13, max_value=60))
    word = {v: k for k, v in __import__("engine.nlu.age", fromlist=["x"]).NUMBER_WORDS.items()}
    forms = [f"jag är {age}", f"jag e {age}", f"{age} år och", f"jag är {age} år gammal och"]
    if age in word:
        forms.append(f"jag är {word[age]} och")
    return draw(st.sampled_from(forms)), age


@FAST
@given(any_age(), st.sampled_from(EXCHANGE), st.sampled_from(INTENTS), st.floats(0.3, 1.0))
def test_the_age_is_never_asked_when_the_message_already_says_it(age, situation, intent,
                                                                   confidence):
    phrase, years = age
    text = f"{phrase} {situation}".replace("och och", "och")
    messages, _ = run(text, intent, confidence)
    said = "\n".join(bubbles(messages))
    assert "Är du under 18" not in said, text
    if years >= 18 and "112" not in said:
        assert "Stödcentrum" not in said, text
