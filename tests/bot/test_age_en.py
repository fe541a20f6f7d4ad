"""English ages: school years, self tags, bands and ages still to come (bot/nlu/age_en.py).

Written from how English speakers state an age, not from any test set.
"""

import pytest

from bot.nlu.age import ADULT, MINOR, OTHER, SELF, find_ages


def _first(text):
    found = find_ages(text)
    assert found, f"no age read in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, group, role",
    [
        ("im in year 10 and a guy gives me money to meet him", MINOR, SELF),
        ("i'm in 11th grade and someone pays me for pics", MINOR, SELF),
        ("sophomore at an international school, older guys pay me", MINOR, SELF),
        ("lower sixth student here, a man sends me money", MINOR, SELF),
        ("still in high school and selling videos online", MINOR, SELF),
        ("in my first year of gymnasiet and i meet men for money", MINOR, SELF),
        ("17f, a man on snap wants to pay me", MINOR, SELF),
        ("m16 here, someone sends me cash for pics", MINOR, SELF),
        ("turning 17 in march and a guy pays my phone bill", MINOR, SELF),
        ("not 18 yet but i do webcam for money", MINOR, SELF),
        ("i'm nearly 18 and sell pics", MINOR, SELF),
        ("i'm a minor and an adult pays me", MINOR, SELF),
        ("i'm underage, is this illegal for him", MINOR, SELF),
        ("I am a 16 year old girl and a man gives me money", MINOR, SELF),
        ("just turned 18 and i do sugar dating", ADULT, SELF),
        ("i'm an adult, i sell sex sometimes", ADULT, SELF),
        ("i'm in my thirties and escorting part time", ADULT, SELF),
        ("my sister is in year 8 and older guys give her stuff", MINOR, OTHER),
        ("my son is a junior in high school and men pay him", MINOR, OTHER),
        ("my daughter, fifteen, comes home with new phones", MINOR, OTHER),
        ("17 and a man buys me things when i see him", MINOR, SELF),
        ("me 31 from lima, i work with men in a flat", ADULT, SELF),
        ("sophomore here and an older guy gives me money", MINOR, SELF),
        ("we're both 16 and some men pay us", MINOR, SELF),
        ("shes 16 and i think men pay her", MINOR, OTHER),
        ("my nephew is 23 and someone pays him for sex", ADULT, OTHER),
        ("one of the boys, 16, says men at the station pay him", MINOR, OTHER),
        ("Romanian woman 29. a man keeps my money", ADULT, SELF),
        ("eritrean girl sixteen. men give me money", MINOR, SELF),
        ("my husband he is 40 and me 17, he sells me", ADULT, OTHER),
        ("my niece 15 from Iraq, men give her phones", MINOR, OTHER),
    ],
)
def test_english_ages(text, group, role):
    first = _first(text)
    assert (first.group, first.role) == (group, role)


@pytest.mark.parametrize(
    "text",
    [
        "this job is killing me, three years of it",
        "a grown man paid me",  # whose age is not said
        "senior citizens come to my massage place",
        "i waited 16 minutes for the bus",
    ],
)
def test_no_age_is_read_where_none_is_stated(text):
    assert [m for m in find_ages(text) if m.role == SELF] == []


def test_a_short_answer_leaves_whose_age_it_is_to_the_dialogue():
    (mention,) = find_ages("year 9")
    assert mention.group == MINOR and mention.role is None
