"""A message in a language the bot does not speak gets that language's help card."""

from actions.help_cards import get_cards
from actions.other_languages import ActionHelpCard
from tests.actions.conftest import make_tracker


def _tracker(language, text):
    tracker = make_tracker("other_language", slots={"language": language})
    tracker.latest_message["text"] = text
    return tracker


def _texts(messages):
    return [m["text"] for m in messages if m.get("text")]


async def test_the_card_in_the_persons_language_with_an_offer_of_english(run):
    card = get_cards().get("es")
    messages, _ = await run(ActionHelpCard(), _tracker("es", "hola, necesito información"))
    assert _texts(messages) == [card.card.strip(), card.english_offer.strip()]
    assert not any("handover" in (m.get("custom") or {}) for m in messages)


async def test_danger_puts_112_first_and_calls_a_worker_at_once(run):
    card = get_cards().get("ru")
    messages, _ = await run(ActionHelpCard(), _tracker("ru", "он забрал мой паспорт, помогите"))
    first = _texts(messages)[0]
    assert first == card.danger.strip() and "112" in first
    handover = [m["custom"]["handover"] for m in messages if "handover" in (m.get("custom") or {})]
    assert handover and handover[0]["urgency"] == "acute"


async def test_a_word_of_danger_in_another_cards_language_is_caught_too(run):
    # Detected as Polish, written with a Russian word of danger typed in Latin letters.
    messages, _ = await run(ActionHelpCard(), _tracker("pl", "pomogite, on menya ubyet"))
    assert "112" in _texts(messages)[0]


async def test_russian_typed_in_latin_letters_reaches_112(run):
    # Set XC: "help, he is beating me now, I am in Malmö, I don't know the address".
    text = "pomogite on menya bet seichas, ya v malmo adres ne znayu"
    messages, _ = await run(ActionHelpCard(), _tracker("ru", text))
    assert "112" in _texts(messages)[0]
    calm = "privet, mne 19, ya rabotayu v stokgolme"
    messages, _ = await run(ActionHelpCard(), _tracker("ru", calm))
    assert _texts(messages)[0] == get_cards().get("ru").card.strip()


async def test_a_language_without_a_card_is_answered_in_english(run):
    messages, _ = await run(ActionHelpCard(), _tracker("xx", "bonjour"))
    (text,) = _texts(messages)
    assert "I only understand Swedish and English" in text and "112" in text


def test_every_card_names_112_and_no_other_number():
    import re

    for card in get_cards().cards.values():
        assert "112" in card.danger and "112" in card.card
        numbers = set(re.findall(r"\d[\d -]{1,}\d", card.card + card.danger))
        assert numbers <= {"112"}, (card.language, numbers)
