"""English ages: school years, self tags, bands and ages still to come (engine/nlu/age_en.py).

Written from how English speakers state an age, not from any test set.
"""

import pytest

from engine.nlu.age import ADULT, MINOR, OTHER, SELF, find_ages


def _first(text):
    found = find_ages(text)
    assert found, f"no age read in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, group, role",
    [
        ("im in year 10 and a guy gives me money to meet him", MINOR, SELF),
        # The birthday word left out (set GL): fifteen now.
        ("my 16th is in july. a man pays me", MINOR, SELF),
        # "i" left out, and help asked for under-18s (set GM).
        ("am 15 is it bad", MINOR, SELF),
        ("do u help ppl under 18?? i sell nudes", MINOR, SELF),
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
        "we meet at 10 am 15 minutes after he calls",  # a clock time, not "am 15"
    ],
)
def test_no_age_is_read_where_none_is_stated(text):
    assert [m for m in find_ages(text) if m.role == SELF] == []


def test_a_short_answer_leaves_whose_age_it_is_to_the_dialogue():
    (mention,) = find_ages("year 9")
    assert mention.group == MINOR and mention.role is None


@pytest.mark.parametrize(
    "text",
    [
        "underage lol but i sell pics",
        "im underage",
        "i am under age",
        "underage here",
        "me underage",
        "under 18 here and a man pays me",
    ],
)
def test_underage_said_by_the_writer_is_the_writers(text):
    first = _first(text.lower())
    assert (first.group, first.role) == (MINOR, SELF)


@pytest.mark.parametrize(
    "text",
    [
        "underage girls are sold there",
        "he likes underage girls",
        "under age sex is a crime",
    ],
)
def test_underage_about_others_is_not_the_writers(text):
    assert [m for m in find_ages(text.lower()) if m.role == SELF] == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("im legal (18)", 18),
        ("i'm legal", None),
        ("im legal now lol", None),
        ("18 (just).", 18),
        ("just turned 18", 18),
        ("im 18 btw", 18),
        ("(19) i sell sex and need help", 19),
        ("(19)", 19),
    ],
)
def test_the_writer_saying_they_are_an_adult(text, age):
    found = find_ages(text.lower())
    assert found and all((m.group, m.role) == (ADULT, SELF) for m in found)
    if age is not None:
        assert age in [m.age for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "i'm legal here in sweden",
        "im legal resident",
    ],
)
def test_legal_as_the_right_to_stay_is_no_age(text):
    assert find_ages(text.lower()) == []


@pytest.mark.parametrize(
    "text",
    [
        "im a sophomore so idk",
        "i'm a freshman lol",
        "im a junior in hs",
        "as a sophomore",
        "i'm a high school senior and a man pays me",
        "im a junior at lincoln high, men pay me",
    ],
)
def test_a_high_school_year_of_the_writer(text):
    first = _first(text.lower())
    assert (first.group, first.role) == (MINOR, SELF)


@pytest.mark.parametrize(
    "text",
    [
        "junior developer",
        "senior citizen",
        "senior manager",
        "junior doctor",
        "i work as a junior developer and sell sex",
        "im a senior manager and buy sex",
        "im a senior in college",
        "i'm a freshman at university",
    ],
)
def test_a_job_title_or_college_year_is_no_age(text):
    assert [m for m in find_ages(text.lower()) if m.group == MINOR] == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("My boyfriend is 24 and I'm in year 10", 15),
        ("me in year 9", 14),
        ("im in 9th grade and he is 25", 15),
        ("my bf is 30 and i am in grade 8", 14),
    ],
)
def test_the_writers_school_year_after_someone_elses_age(text, age):
    mine = [m for m in find_ages(text.lower()) if m.role == SELF]
    assert [(m.group, m.age) for m in mine] == [(MINOR, age)]


@pytest.mark.parametrize(
    "text, age",
    [
        ("i am 17yrs,", 17),
        ("im 16 yrs", 16),
        ("I am 15 years, from Eritrea", 15),
        ("i am 26 years", 26),
        ("i'm 16yrs old", 16),
    ],
)
def test_an_age_with_years_but_no_old(text, age):
    first = _first(text.lower())
    assert (first.group, first.role, first.age) == (
        MINOR if age < 18 else ADULT,
        SELF,
        age,
    )


@pytest.mark.parametrize(
    "text, group, role, age",
    [
        ("I am Kenyan lady aged 27", ADULT, SELF, 27),
        ("i am a nigerian woman aged 31, i work in a flat", ADULT, SELF, 31),
        ("I am aged 27", ADULT, SELF, 27),
        ("girl aged 16, from eritrea, a man pays me", MINOR, SELF, 16),
        ("a woman aged 31 came to our clinic", ADULT, OTHER, 31),
        ("my son aged 15 meets men for money", MINOR, OTHER, 15),
        ("i am a mother with a son aged 15", MINOR, OTHER, 15),
        ("man aged 45 pays me for sex every week", ADULT, OTHER, 45),
    ],
)
def test_aged(text, group, role, age):
    first = _first(text.lower())
    assert (first.group, first.role, first.age) == (group, role, age)


@pytest.mark.parametrize(
    "text",
    [
        "I am student at high school, 2nd year",
        "i am a student in high school",
        "im high school student",
        "student in 2nd year of gymnasium and a man pays me",
        "high school, 2nd year, and older guys send me money",
    ],
)
def test_a_high_school_student_is_a_minor(text):
    first = _first(text.lower())
    assert (first.group, first.role) == (MINOR, SELF)


@pytest.mark.parametrize(
    "text",
    [
        "we are 5 girls",
        "there are 3 men",
        "4 of us",
        "we are 2 women",
        "5 clients a day",
        "10-12 clients a day",
        "we are 15 girls in the house",
        "i'm 5 minutes away",
    ],
)
def test_a_count_is_no_age(text):
    assert find_ages(text.lower()) == []


def test_a_count_does_not_hide_the_writers_age():
    found = find_ages("we are 5 girls in the flat and I am 25".lower())
    assert [(m.group, m.role, m.age) for m in found] == [(ADULT, SELF, 25)]


def test_a_young_age_said_in_years_stays():
    first = _first("i am 9 years old")
    assert (first.group, first.role, first.age) == (MINOR, SELF, 9)


@pytest.mark.parametrize(
    "text, group, role, age",
    [
        # Set GO: "class 8" as many countries say it, a year of upper secondary school, the
        # writer's work before the age; set GP: an age learned after the fact is hers.
        ("im in class 8 and a man sends me money", MINOR, SELF, 14),
        ("i am in class 1 of high school", MINOR, SELF, 16),
        ("i am nanny 27 from the philippines", ADULT, SELF, 27),
        ("i paid for sex and turns out she was 15", MINOR, OTHER, 15),
        ("is it a crime if a man pays a girl 16 for sex", MINOR, OTHER, 16),
        ("im a girl 15 and a man pays me", MINOR, SELF, 15),
    ],
)
def test_a_class_a_job_and_an_age_found_out_later(text, group, role, age):
    assert (group, role, age) in {(m.group, m.role, m.age) for m in find_ages(text.lower())}


def test_a_class_at_a_time_is_no_age():
    assert find_ages("my class 9:30 tomorrow is cancelled") == []
