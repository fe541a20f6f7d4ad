"""The conversation's language: detected from what the person writes, or chosen on the page.

Rasa must get the language with every message (it decides which words the
bot answers in), the person's own choice must stand, and short messages
("hej", "e 16") must never switch a conversation.
"""

import pytest
from aiohttp.test_utils import TestServer

from bot.app import create_app
from bot.conversations import language
from bot.foundation.keys import STORE
from bot.stats import counts
from bot.stats.counts import STATS


@pytest.fixture
async def client(aiohttp_client, settings, scrubber):
    server = TestServer(create_app(settings, scrubber=scrubber))
    await server.start_server()
    return await aiohttp_client(server)


async def _start(client):
    body = await (await client.post("/api/conversations")).json()
    return body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}


async def _say(client, conversation, text):
    conversation_id, auth = conversation
    response = await client.post(
        f"/api/conversations/{conversation_id}/messages", json={"text": text}, headers=auth
    )
    assert response.status == 200
    return await response.json()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hej jag e 15 o en gubbe betalar mig", "sv"),
        ("asså jag säljer nudes pa sc till nån sugar daddy", "sv"),
        ("i am 22 and they took my passport, please help", "en"),
        ("he take all my money and i cannot leave the apartment", "en"),
        ("mi novio me obliga a estar con hombres por dinero", "es"),
        ("Мне нужна помощь", "ru"),
        ("Допоможіть", "uk"),
        ("ช่วยด้วย", "th"),
        ("أحتاج مساعدة", "ar"),
        ("ሓገዝ የድልየኒ", "ti"),
        ("am nevoie de ajutor, nu pot pleca din apartament", "ro"),
        ("potrzebuję pomocy, zabrali mi paszport", "pl"),
    ],
)
def test_the_language_of_a_message(text, expected):
    assert language.detect(text) == expected


@pytest.mark.parametrize("text", ["hej", "e 16", "ok", "tjabba", "hi", "16", "ja e 24", "<NAMN>"])
def test_a_short_message_says_nothing_about_the_language(text):
    assert language.detect(text) is None


async def test_rasa_gets_the_detected_language_and_it_stays_through_short_answers(
    client, rasa_received
):
    conversation = await _start(client)
    first = await _say(client, conversation, "hi, i am 19 and i sell sex, can someone help me")
    assert first["language"] == "en"
    assert rasa_received[-1]["metadata"] == {"language": "en"}
    # "16" alone says nothing: the conversation stays English.
    second = await _say(client, conversation, "16")
    assert second["language"] == "en"
    assert rasa_received[-1]["metadata"] == {"language": "en"}
    token = conversation[1]["Authorization"].split()[1]
    stored = await client.server.app[STORE].authorise(conversation[0], token)
    assert stored.language == "en" and not stored.language_chosen


async def test_a_swedish_conversation_is_swedish_before_anything_is_detected(
    client, rasa_received
):
    conversation = await _start(client)
    body = await _say(client, conversation, "hej")
    assert body["language"] == "sv"
    assert rasa_received[-1]["metadata"] == {"language": "sv"}


async def test_the_persons_choice_is_never_overridden(client, rasa_received):
    conversation = await _start(client)
    conversation_id, auth = conversation
    chosen = await client.put(
        f"/api/conversations/{conversation_id}/language", json={"language": "sv"}, headers=auth
    )
    assert chosen.status == 200 and (await chosen.json()) == {"language": "sv"}
    body = await _say(client, conversation, "I am writing in English but I chose Swedish")
    assert body["language"] == "sv"
    assert rasa_received[-1]["metadata"] == {"language": "sv"}


async def test_an_unknown_language_or_a_wrong_token_is_refused_in_json(client):
    conversation_id, auth = await _start(client)
    unknown = await client.put(
        f"/api/conversations/{conversation_id}/language", json={"language": "xx"}, headers=auth
    )
    assert unknown.status == 422
    assert (await unknown.json())["error"]["code"] == "unknown_language"
    wrong = await client.put(
        f"/api/conversations/{conversation_id}/language",
        json={"language": "en"},
        headers={"Authorization": "Bearer " + "x" * 43},
    )
    assert wrong.status == 404 and "error" in await wrong.json()


async def test_the_page_can_list_the_languages_by_their_own_names(client):
    listed = (await (await client.get("/api/languages")).json())["languages"]
    codes = {entry["code"]: entry["name"] for entry in listed}
    assert codes["sv"] == "Svenska" and codes["en"] == "English"
    assert set(codes) >= {"ro", "es", "ru", "uk", "pl", "th", "ar", "ti", "so"}


async def test_conversations_are_counted_per_language(client):
    for text in ("i need help, my boyfriend sells me", "i am 17 and a man pays me for pics"):
        await _say(client, await _start(client), text)
    await _say(client, await _start(client), "jag är 17 och en man betalar mig")
    today = counts.today()
    totals = await client.server.app[STATS].totals(today, today)
    by_language = {key: n for (metric, key), n in totals.items() if metric == counts.LANGUAGES}
    assert by_language == {"en": 2, "sv": 1}


@pytest.mark.parametrize(
    "text",
    [
        # Chat English that lingua alone takes for Swedish or cannot place.
        "if i tell you im 15 and what ive been doing, do you have to call socialtjänsten?",
        "can i talk to a real person pls not a bot",
        "im 16 and i sell nudes to men on telegram",
    ],
)
def test_chat_english_is_english(text):
    assert language.detect(text) == "en"


def test_two_clear_words_decide_only_at_the_start():
    assert language.detect("hi there", first=True) == "en"
    assert language.detect("hej hej", first=True) == "sv"
    # One clear English word and none against it, when lingua agrees: English at the start.
    assert language.detect("real person pls", first=True) == "en"
    assert language.detect("real person pls") is None
    assert language.detect("prata med en person pls", first=True) == "sv"
    # Two words with one clearly English (set EX): "real person??" is English at the start,
    # Swedish one-word openings stay unknown until more is said.
    assert language.detect("real person??", first=True) == "en"
    assert language.detect("real person??") is None
    assert language.detect("riktig person?", first=True) is None
    assert language.detect("tack", first=True) is None
    # Later, two words never switch a conversation.
    assert language.next_language("sv", False, "hi there") == "sv"
    assert language.next_language("en", False, "tack ändå") == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pomogite mne pozhaluysta, ya ne mogu uyti iz kvartiry", "ru"),
        ("dopomozhit meni bud laska, ya ne mozhu vyity z kvartyry", "uk"),
        ("ana mish 3arfa shu a3mel, sa3douni", "ar"),
        # "3a" (on, to) is Arabizi, though "7an" and "9an" are Swedish school years.
        ("badon yeshhatoune 3a balad tani, sa3douni", "ar"),
        # Tigrinya, which lingua lacks and takes for Somali; Somali stays Somali.
        ("selam, ane kab eritrea iye, hagezuni bejakum", "ti"),
        ("hiji ab geza allo, ayfeltn entay kegeber", "ti"),
        ("Fadlan i caawi, ninku wuu i garaacayaa hadda", "so"),
    ],
)
def test_russian_ukrainian_arabic_and_tigrinya_typed_in_latin_letters(text, expected):
    assert language.detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iotated vowels typed as "ya", "yu", "ei" (set XC): "menya", "znayu", "seichas".
        ("pomogite on menya bet seichas, ya v malmo adres ne znayu", "ru"),
        ("on menya ubyet esli ya uydu", "ru"),
        # One Swedish word made lingua say Swedish; the rest is Romanian (set XC).
        ("daca vorbesc cu voi spuneti la socialtjänsten sau la politie? nu am acte aici", "ro"),
        # Polish without its diacritics reads word by word as Latin-typed Russian ("dam",
        # "rady", "mam", "tabletki"); more of its words are common in Polish (set XD).
        ("nie dam rady dluzej mam tabletki i chce to dzisiaj skonczyc", "pl"),
        ("mam dosc, on mnie bije i nie mam gdzie isc", "pl"),
    ],
)
def test_phone_spellings_and_a_borrowed_swedish_word_keep_the_language(text, expected):
    assert language.detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hola", "es"), ("Dzień dobry", "pl"), ("bună", "ro"), ("privet", "ru"), ("marhaba", "ar")],
)
def test_a_greeting_alone_opens_a_conversation_in_its_language(text, expected):
    assert language.detect(text, first=True) == expected
    # Later, a greeting is too short to switch a conversation.
    assert language.next_language("sv", False, text) == "sv"


@pytest.mark.parametrize("text", ["hej", "salam", "tjena", "hallå", "yo"])
def test_greetings_swedish_teenagers_use_are_not_a_card_language(text):
    assert language.detect(text, first=True) in (None, "sv", "en")


@pytest.mark.parametrize(
    "text",
    [
        "är du en bot? i want a real person please", "god eftermiddag haha", "e i åttan",
        # School years and times are numbers with endings, not Arabizi (set CZ).
        "det började när jag gick i 7an, nu går jag i 9an. en kille säljer mig till andra",
        "he texts me at 3am and 5am every night asking for pics",
    ],
)
def test_mixed_swedish_and_english_is_never_taken_for_a_card_language(text):
    assert language.detect(text) in (None, "sv", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabizi with a digit opening or closing a word (set XE): "2s2al", "hala2".
        ("marhaba, fi 7ada 2s2alo?", "ar"),
        ("ilha2ouni, huwe barra hala2", "ar"),
        # Ukrainian typed in Latin letters though half its words are also English or Swedish.
        ("meni potribno test na vil ale bez dokumentiv", "uk"),
        # Somali lingua is sure of is no Latin-typed Russian, word by word as it may read.
        ("ma rabo inaan noolaado mar dambe", "so"),
    ],
)
def test_arabizi_latin_ukrainian_and_somali_as_typed_on_a_phone(text, expected):
    assert language.detect(text) == expected


def test_a_somali_greeting_opens_a_conversation_in_somali():
    assert language.detect("asc walaal", first=True) == "so"


@pytest.mark.parametrize("text", ["lyssnade på mp3 hela natten", "jag har en mac o en pc2"])
def test_a_word_ending_in_a_digit_alone_is_not_arabizi(text):
    assert language.detect(text) in (None, "sv", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set XF: four short words lingua is all but sure are Romanian, one of them no word
        # of ours ("incuiat"); a Spanish greeting phrase; Latin-typed Tigrinya in other words.
        ("m-a incuiat in baie", "ro"),
        ("hola q tal", "es"),
        ("kondom teqedidu, abey kigeber", "ti"),
    ],
)
def test_a_short_card_language_message_and_a_greeting_phrase_are_told(text, expected):
    assert language.detect(text, first=True) == expected


def test_a_later_turn_of_english_with_swedish_place_words_keeps_the_conversation():
    # Set GU: "she's 16, goes to gymnasiet in Solna" after an English first message; lingua
    # alone would have moved the conversation to Swedish.
    text = "he's 15, goes to högstadiet in Rinkeby"
    assert language.next_language("en", False, text) == "en"
    assert language.next_language("sv", False, text) == "sv"
