"""The routing table: who is sent where (see docs/architecture.md).

Pure functions without Rasa types, so every route can be unit-tested. The
route follows the *situation* (engine/nlu/situation.py): what is happening,
whose situation it is and how old that person is. Rules that override the
rest, each with a property test (tests/actions/test_safety_properties.py):

- someone under 18 is never sent only to an adult service, and one with any
  sign of sexual exchange or exploitation always gets Stödcentrum and BRIS;
- a sign of being a victim never gets Preventell ("your thoughts");
- when we do not know whether they are under 18, we name the youth service too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Optional, Tuple

MINOR = "minor"
ADULT = "adult"

SELF = "self"
OTHER = "other"
PROFESSIONAL = "professional"

# What the person needs, by the intent that said it (used when the message
# carries no situation, e.g. a topic button).
NEED_BY_INTENT = {
    "sells_sex": "selling",
    "sugar_dating": "selling",
    "sells_images": "selling",
    "self_harm_sex": "selling",
    "buys_sex": "buying",
    "sexual_thoughts_children": "unwanted_sexuality",
    "urge_to_force": "unwanted_sexuality",
    "compulsive_sexual_behaviour": "unwanted_sexuality",
    "relative_sells_sex": "relative_selling",
    "relative_buys_sex": "relative_buying",
    "relative_unwanted_sexuality": "relative_unwanted_sexuality",
    "coerced_exploited": "coercion",
    "sexual_assault": "sexual_violence",
    "images_spread": "images_spread",
    "wants_out": "wants_out",
    "health_question": "health",
    "professional_advice": "professional",
}

# The need a sign stands for, for the writer themself and for someone else.
NEED_BY_SIGN = {
    "sexual_violence": "sexual_violence",
    "coercion": "coercion",
    "images_spread": "images_spread",
    "exit": "wants_out",
    "exchange": "selling",
    "health": "health",
    "buying": "buying",
    "unwanted": "unwanted_sexuality",
}
SIGN_ORDER = ("sexual_violence", "coercion", "images_spread", "exit", "health", "exchange",
              "buying", "unwanted")
RELATIVE_NEED_BY_SIGN = {
    # "min dotter är 15 och vill testa sig" (set BJ): her health, not selling.
    "health": "relative_health",
    "buying": "relative_buying",
    "unwanted": "relative_unwanted_sexuality",
}
EXPLOITATION_SIGNS = frozenset({"exchange", "coercion", "sexual_violence", "images_spread", "exit"})
VICTIM_SIGNS = frozenset({"coercion", "sexual_violence", "images_spread", "danger", "suicidal"})
# The sign an earlier exploitation need leaves on the writer's later questions.
SIGN_BY_NEED = {need: sign for sign, need in NEED_BY_SIGN.items() if sign in EXPLOITATION_SIGNS}

# Needs whose service depends on age, and whose age it is.
AGE_DEPENDENT = {
    "selling": SELF,
    "coercion": SELF,
    "sexual_violence": SELF,
    "images_spread": SELF,
    "wants_out": SELF,
    "health": SELF,
    "relative_selling": OTHER,
    "relative_health": OTHER,
    "professional": OTHER,
}
ADULT_SERVICE = {
    "selling": ("mika",),
    "relative_selling": ("mika",),
    "buying": ("kast",),
    "relative_buying": ("kast",),
    "unwanted_sexuality": ("preventell",),
    "relative_unwanted_sexuality": ("preventell",),
    "coercion": ("mika", "police"),
    "sexual_violence": ("mika", "kvinnofridslinjen", "vardguiden"),
    "images_spread": ("mika", "police"),
    "wants_out": ("mika",),
    "health": ("mika", "vardguiden"),
    "relative_health": ("vardguiden",),
    "professional": ("mika",),
}
YOUTH_SERVICE = {
    "selling": ("stodcentrum", "bris"),
    "relative_selling": ("stodcentrum", "socialtjanst"),
    "coercion": ("stodcentrum", "bris"),
    "sexual_violence": ("stodcentrum", "bris"),
    "images_spread": ("bris", "stodcentrum"),
    "wants_out": ("stodcentrum", "bris"),
    "health": ("umo", "bris"),
    "relative_health": ("umo", "vardguiden"),
    "professional": ("socialtjanst", "stodcentrum"),
}
# Age-dependent needs answered at once when the age is not known (no question first).
UNKNOWN_AGE_SERVICE = {
    "health": ("umo", "vardguiden"),
    "relative_health": ("umo", "vardguiden"),
    "professional": ("mika", "socialtjanst"),
}
# Open round the clock for anyone under 18, whatever they write about.
YOUTH_FALLBACK = ("bris",)
ADULT_ONLY = frozenset({"mika", "kast", "preventell"})


@dataclass(frozen=True)
class Referral:
    """Where to send someone, or that we must ask their age first."""

    services: Tuple[str, ...] = ()
    ask_age_of: Optional[str] = None  # "self" or "other"
    minor: bool = False  # the person the need is about is under 18
    age_unknown: bool = False  # we could not learn the age: both routes given
    youth: Tuple[str, ...] = ()  # with age_unknown: "if you are under 18"
    adult: Tuple[str, ...] = ()  # with age_unknown: "if you are 18 or older"
    youth_shown: bool = False  # with ask_age_of: the youth services shown while asking


def need_for(signs: Iterable[str], concerned: str) -> Optional[str]:
    """The need a situation stands for, or None when it tells no need."""
    signs = set(signs)
    if concerned == PROFESSIONAL:
        # A priest or a counsellor asking about a buyer or someone's own urges: that
        # person's own line, as for a relative.
        if "buying" in signs and not signs & {"exchange", "coercion"}:
            return "relative_buying"
        if "unwanted" in signs and not signs & {"exchange", "coercion"}:
            return "relative_unwanted_sexuality"
        return "professional"
    main = next((sign for sign in SIGN_ORDER if sign in signs), None)
    if main is None:
        return None
    if concerned == OTHER:
        if main == "health" and signs & EXPLOITATION_SIGNS:
            return "relative_selling"  # paid, and a health worry besides: paid decides
        return RELATIVE_NEED_BY_SIGN.get(main, "relative_selling")
    return NEED_BY_SIGN[main]


def whose_age(need: str) -> str:
    return AGE_DEPENDENT.get(need, SELF)


def route(
    need: str,
    age_self: Optional[str],
    age_other: Optional[str],
    asked_self: bool = False,
    asked_other: bool = False,
    signs: Iterable[str] = (),
) -> Referral:
    """Pick the services for a need given what we know about ages.

    Args:
        need: a value of NEED_BY_INTENT.
        age_self: the writer's age band, if known.
        age_other: the age band of the person someone worries about.
        asked_self / asked_other: whether we already asked (we ask once).
        signs: the situation's signs (engine/nlu/situation.py), for the safety rules.
    """
    signs = frozenset(signs)
    referral = _route_by_age(need, age_self, age_other, asked_self, asked_other, signs)
    if referral.ask_age_of is not None:
        return referral
    services = referral.services
    about_writer = not need.startswith("relative_") and need != "professional"
    if age_self == MINOR:
        # A young writer always gets a youth service too, whatever the need.
        if about_writer and signs & EXPLOITATION_SIGNS:
            services = _with(("stodcentrum", "bris"), services)
        if about_writer:
            services = tuple(s for s in services if s != "mika")
        services = _with(services, YOUTH_FALLBACK)
    if "health" in signs and need != "health" and about_writer:
        # A health worry beside another need ("mensen har inte kommit"): its service too.
        if age_self == MINOR:
            services = _with(services, ("umo",))
        elif age_self == ADULT:
            services = _with(services, ("vardguiden",))
    if (
        signs & {"coercion", "images_spread"}
        and need not in ("coercion", "images_spread")
        and about_writer
        and age_self == ADULT
    ):
        # Controlled by someone, or images spread or threatened, besides the main need (a
        # rape by the pimp's friends; "he threatens to send my nudes to my job", set DA):
        # the police take the report.
        services = _with(services, ("police",))
    if "buying" in signs and need == "health":
        # "jag köper sex och vill testa mig": the buyer's own service too.
        services = _with(services, ("kast",))
    if about_writer and "minor_close_too" in signs:
        # "jag säljer, nu har min lillasyster på 14 börjat också": her route as well.
        services = _with(services, ("stodcentrum", "socialtjanst"))
    if not about_writer:
        services = _with(services, _for_someone_else(need, signs, age_other))
    if signs & (VICTIM_SIGNS - {"danger", "suicidal"}) or (
        signs & VICTIM_SIGNS and "unwanted" not in signs
    ):
        # A victim is never sent to Preventell; a writer in danger of acting on their own
        # urges ("känns nära nu") is, beside 112.
        services = tuple(s for s in services if s != "preventell")
    return replace(referral, services=services, minor=referral.minor or (
        about_writer and age_self == MINOR))


def _for_someone_else(need: str, signs: frozenset, age_other: Optional[str]) -> Tuple[str, ...]:
    """What a relative or professional also needs for what is done to the other person."""
    if need not in ("relative_selling", "professional"):
        return ()
    extra: Tuple[str, ...] = ()
    if age_other == MINOR:
        if signs & {"images_spread", "sexual_violence"}:
            # The child's own line about spread images or a rape (sets BJ): a child may
            # call BRIS themselves, whoever writes to us.
            extra += ("bris",)
        if "peer" in signs and need == "relative_selling":
            extra += ("bris",)  # a friend or sibling writes: likely young themselves
    elif signs & {"coercion", "images_spread"}:
        extra += ("police",)  # trafficking, pimping, images spread: the police take reports
    if "health" in signs and need == "relative_selling":
        # "... and she wants to get tested": the young's clinic (UMO is for up to 25, and says
        # so), and 1177 for where (sets FC, DJ: "min syster är 22, escort, har feber").
        extra += ("umo", "vardguiden")
    return extra


def _with(first: Tuple[str, ...], then: Tuple[str, ...]) -> Tuple[str, ...]:
    return first + tuple(s for s in then if s not in first)


def _route_by_age(
    need: str,
    age_self: Optional[str],
    age_other: Optional[str],
    asked_self: bool,
    asked_other: bool,
    signs: frozenset = frozenset(),
) -> Referral:
    whose = AGE_DEPENDENT.get(need)
    if whose is None:
        return Referral(ADULT_SERVICE[need])

    age, asked = (age_self, asked_self) if whose == SELF else (age_other, asked_other)
    if age == MINOR:
        return Referral(YOUTH_SERVICE[need], minor=True)
    if age == ADULT:
        return Referral(ADULT_SERVICE[need])
    if not asked and "likely_minor" in signs:
        # No age written, but the minor model reads a child (engine/nlu/learned.py): the
        # youth services now, and the age still asked so that an adult can say so.
        return Referral(YOUTH_SERVICE[need], ask_age_of=whose, youth_shown=True)
    if need in UNKNOWN_AGE_SERVICE and not (need == "health" and signs & EXPLOITATION_SIGNS):
        # Health with a sign of being paid is asked once: Mika Hälsa is for adults who sell sex.
        return Referral(UNKNOWN_AGE_SERVICE[need])
    if not asked and need == "health":
        # Health with a sign of being paid: the health services now, and the age asked,
        # since Mika Hälsa is for adults who sell sex.
        return Referral(UNKNOWN_AGE_SERVICE[need], ask_age_of=whose)
    # The age not written: both routes at once, the youth route first, so that no one
    # waits a turn for help (a child whose age was missed still sees BRIS now); asked
    # once, the age then narrows the next answer to what fits.
    youth, adult = YOUTH_SERVICE[need][:2], ADULT_SERVICE[need][:2]
    return Referral(_with(youth, adult), ask_age_of=None if asked else whose, age_unknown=True,
                    youth=youth, adult=adult)


def crisis_services(
    kind: str,
    need: Optional[str],
    age_self: Optional[str],
    signs: Iterable[str] = (),
    age_other: Optional[str] = None,
    about_other: bool = False,
) -> Tuple[str, ...]:
    """Numbers for an acute case: 112 first, then what fits the person.

    Args:
        kind: "danger" or "suicidal".
        need: the need the person told us, if any.
        age_self: the writer's age band, if known.
        signs: the situation's signs.
        age_other: the age band of the person someone writes about, if known.
        about_other: a relative or a professional writes about that person.
    """
    services: Tuple[str, ...] = ("emergency",)
    if kind == "suicidal":
        services += ("mind",)
    if age_self == MINOR:
        services += ("bris",)
    if (kind == "danger" or "danger" in signs or set(signs) & EXPLOITATION_SIGNS) and MINOR in (
        age_self,
        age_other,
    ):
        # A child in danger is a child exposed to crime, whatever else is said (also when
        # the classifier heard suicidal thoughts beside the danger the rules read); so is a
        # child paid or exploited who thinks of dying ("i cut myself after every time i
        # meet him for money", 17): Stödcentrum beside 112 and 90101.
        services += ("stodcentrum",)
    if kind == "danger" and age_other == MINOR and about_other:
        services += ("socialtjanst",)  # a parent or a professional: social services too
    if kind == "danger" and about_other and age_other is None and age_self != MINOR:
        # Someone else in danger, their age unknown: both routes, the youth one first.
        services += ("stodcentrum",)
    if need in (None, "health") and kind == "danger" and not about_other:
        # Danger and nothing else told: the writer's own route, both when the age is unknown.
        # A body hurt in danger ("gravid och han sparkade mig") is still the writer's danger:
        # the health services come after it, not instead.
        if age_self == ADULT:
            # An adult threatened, hurt or held: 112 now, and Polisen 114 14 to report it
            # once safe (the threat is a crime whoever makes it).
            services += ("mika", "police")
        elif age_self is None:
            services += tuple(s for s in ("stodcentrum", "mika") if s not in services)
    if need is not None:
        # Danger comes first: no question about age now; with the age unknown,
        # both the youth and the adult route are named.
        referral = route(need, age_self, age_other, asked_self=True, asked_other=True,
                         signs=signs)
        named = referral.youth + referral.adult if referral.age_unknown else referral.services
        services += tuple(s for s in named if s not in services)
        if (
            kind == "danger"
            and not about_other
            and age_self == ADULT
            and need not in ("buying", "unwanted")
            and "police" not in services
        ):
            # An adult threatened, hurt or held, whatever else is told ("he beat me ... comes
            # back tonight to take me to the clients"): Polisen 114 14 to report it once safe.
            services += ("police",)
    return services


def only_adult_services(services: Iterable[str]) -> bool:
    """True when every service named is one for adults (Mika, KAST, Preventell)."""
    services = set(services)
    return bool(services) and services <= ADULT_ONLY
