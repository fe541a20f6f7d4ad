"""The routing table of docs/architecture.md, case by case."""

import itertools

import pytest

from actions.routing import (
    ADULT,
    ADULT_SERVICE,
    MINOR,
    NEED_BY_INTENT,
    crisis_services,
    route,
)

ADULT_ONLY_SERVICES = {"mika", "kast"}
YOUTH_SERVICES = {"stodcentrum", "bris"}


@pytest.mark.parametrize(
    "intent, age_self, age_other, services",
    [
        ("sells_sex", ADULT, None, ("mika",)),
        ("sugar_dating", ADULT, None, ("mika",)),
        ("self_harm_sex", ADULT, None, ("mika",)),
        ("sells_sex", MINOR, None, ("stodcentrum", "bris")),
        ("sells_images", MINOR, None, ("stodcentrum", "bris")),
        ("buys_sex", None, None, ("kast",)),
        ("buys_sex", ADULT, None, ("kast",)),
        ("sexual_thoughts_children", None, None, ("preventell",)),
        ("urge_to_force", ADULT, None, ("preventell",)),
        ("compulsive_sexual_behaviour", None, None, ("preventell",)),
        ("relative_sells_sex", ADULT, MINOR, ("stodcentrum", "socialtjanst")),
        # A young writer worried about an adult: the adult's service, and BRIS for them.
        ("relative_sells_sex", MINOR, ADULT, ("mika", "bris")),
        ("relative_buys_sex", MINOR, None, ("kast", "bris")),
        ("relative_buys_sex", None, None, ("kast",)),
        ("relative_unwanted_sexuality", None, None, ("preventell",)),
    ],
)
def test_each_need_goes_to_its_service(intent, age_self, age_other, services):
    referral = route(NEED_BY_INTENT[intent], age_self, age_other)
    assert referral.services == services
    assert referral.ask_age_of is None


def test_a_seller_of_unknown_age_is_asked_once():
    assert route("selling", None, None).ask_age_of == "self"
    second = route("selling", None, None, asked_self=True)
    assert second.ask_age_of is None
    assert second.age_unknown
    assert second.youth == ("stodcentrum", "bris")
    assert second.adult == ("mika",)


def test_a_relative_is_asked_the_age_of_the_person_they_worry_about():
    # The writer's own age does not decide where their child is sent.
    assert route("relative_selling", ADULT, None).ask_age_of == "other"
    unknown = route("relative_selling", ADULT, None, asked_other=True)
    assert set(unknown.services) == {"stodcentrum", "socialtjanst", "mika"}


@pytest.mark.parametrize(
    "need, asked",
    itertools.product(sorted(set(NEED_BY_INTENT.values())), [False, True]),
)
def test_a_child_is_never_sent_only_to_an_adult_service(need, asked):
    referral = route(need, MINOR, MINOR, asked_self=asked, asked_other=asked)
    assert set(referral.services) - ADULT_ONLY_SERVICES, referral
    if need in ("selling", "buying", "unwanted_sexuality"):
        assert referral.minor
        assert set(referral.services) & YOUTH_SERVICES


def test_every_need_has_an_adult_route():
    from actions.routing import RELATIVE_NEED_BY_SIGN

    needs = set(NEED_BY_INTENT.values()) | set(RELATIVE_NEED_BY_SIGN.values())
    assert set(ADULT_SERVICE) == needs


def test_acute_danger_puts_112_first():
    # Danger with nothing else told: 112, then the writer's own route (both ages if unknown).
    assert crisis_services("danger", None, None) == ("emergency", "stodcentrum", "mika")
    # An adult threatened or held: Mika, and the police to report to once safe.
    assert crisis_services("danger", None, ADULT) == ("emergency", "mika", "police")
    assert crisis_services("danger", "selling", MINOR)[:2] == ("emergency", "bris")
    assert "stodcentrum" in crisis_services("danger", "selling", MINOR)


def test_an_adult_in_danger_hears_of_the_police_whatever_the_need():
    # "he beat me ... comes back tonight to take me to the clients", 29: raped or exploited,
    # an adult in danger also hears Polisen 114 14; a buyer in a crisis does not.
    assert "police" in crisis_services("danger", "sexual_violence", ADULT)
    assert "police" in crisis_services("danger", "selling", ADULT)
    assert "police" not in crisis_services("danger", "buying", ADULT)
    assert "police" not in crisis_services("danger", "sexual_violence", MINOR)


def test_danger_to_a_body_keeps_the_writers_own_route_before_the_health_services():
    # "han sparkade mig i magen och jag är gravid, han är kvar": danger first, then
    # both of the writer's routes (age unknown), and the health services after them.
    services = crisis_services("danger", "health", None)
    assert services[:3] == ("emergency", "stodcentrum", "mika")
    assert "vardguiden" in services
    assert crisis_services("danger", "health", ADULT)[:2] == ("emergency", "mika")


def test_a_child_in_danger_heard_as_suicidal_still_gets_the_youth_service():
    # "en kille hämtar mig om en halvtimme ... ja vill int", 15: the classifier hears
    # suicidal thoughts, the rules danger; the child keeps Stödcentrum beside 90101.
    services = crisis_services("suicidal", None, MINOR, signs={"suicidal", "danger"})
    assert services[:2] == ("emergency", "mind")
    assert "stodcentrum" in services and "bris" in services
    assert "stodcentrum" not in crisis_services("suicidal", None, MINOR, signs={"suicidal"})


def test_someone_elses_danger_with_the_age_unknown_names_both_routes():
    # "en av tjejerna har inte kommit tillbaka ... skrev 'hjälp'" (HVB staff, no age).
    services = crisis_services("danger", "professional", None, about_other=True)
    assert services[0] == "emergency"
    assert "stodcentrum" in services and "mika" in services


def test_suicidal_thoughts_get_112_and_the_suicide_line():
    assert crisis_services("suicidal", None, None) == ("emergency", "mind")


def test_a_child_the_minor_model_reads_sees_the_youth_services_while_asked_the_age():
    signs = {"exchange", "likely_minor"}
    referral = route("selling", None, None, signs=signs)
    assert referral.services == ("stodcentrum", "bris") and referral.ask_age_of == "self"
    assert referral.youth_shown
    # Said adult: Mika. Asked once already: both routes, as for anyone.
    assert route("selling", ADULT, None, signs=signs).services == ("mika",)
    assert route("selling", None, None, asked_self=True, signs=signs).age_unknown
    # Someone else's child: the youth services for the one worried about.
    other = route("relative_selling", None, None, signs=signs)
    assert other.ask_age_of == "other" and "stodcentrum" in other.services


def test_an_adults_images_spread_beside_another_need_adds_the_police():
    # "drog mig ur en sugardaddy grej o nu hotar han skicka mina nudes till mitt jobb. ja e
    # 23" (set DA): answered as sexual violence, and the police take the report too.
    signs = {"exchange", "sexual_violence", "images_spread"}
    assert "police" in route("sexual_violence", ADULT, None, signs=signs).services
    assert "police" in route("selling", ADULT, None, signs={"exchange", "images_spread"}).services
    assert "police" not in route("selling", ADULT, None, signs={"exchange"}).services
    assert "police" not in route("sexual_violence", MINOR, None, signs=signs).services
