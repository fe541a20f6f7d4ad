"""The routing table: who is sent where (see docs/architecture.md).

Pure functions without Rasa types, so every route can be unit-tested. The one
rule that overrides the rest: someone under 18 is never sent only to an adult
service, and when we do not know whether they are under 18 we name the youth
service too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Tuple

MINOR = "minor"
ADULT = "adult"

# What the person needs, by the intent that said it.
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
}

# Needs whose service depends on age, and whose age it is.
AGE_DEPENDENT = {"selling": "self", "relative_selling": "other"}

ADULT_SERVICE = {
    "selling": ("mika",),
    "relative_selling": ("mika",),
    "buying": ("kast",),
    "relative_buying": ("kast",),
    "unwanted_sexuality": ("preventell",),
    "relative_unwanted_sexuality": ("preventell",),
}
YOUTH_SERVICE = {
    "selling": ("stodcentrum", "bris"),
    "relative_selling": ("stodcentrum",),
}
# Open round the clock for anyone under 18, whatever they write about.
YOUTH_FALLBACK = ("bris",)


@dataclass(frozen=True)
class Referral:
    """Where to send someone, or that we must ask their age first."""

    services: Tuple[str, ...] = ()
    ask_age_of: Optional[str] = None  # "self" or "other"
    minor: bool = False  # the person the need is about is under 18
    age_unknown: bool = False  # we could not learn the age: both routes given
    youth: Tuple[str, ...] = ()  # with age_unknown: "if you are under 18"
    adult: Tuple[str, ...] = ()  # with age_unknown: "if you are 18 or older"


def route(
    need: str,
    age_self: Optional[str],
    age_other: Optional[str],
    asked_self: bool = False,
    asked_other: bool = False,
) -> Referral:
    """Pick the services for a need given what we know about ages.

    Args:
        need: a value of NEED_BY_INTENT.
        age_self: the writer's age band, if known.
        age_other: the age band of the person a relative worries about.
        asked_self / asked_other: whether we already asked (we ask once).
    """
    referral = _route_by_age(need, age_self, age_other, asked_self, asked_other)
    # A young writer always gets a youth service too, whatever the need.
    if referral.ask_age_of is None and age_self == MINOR and "bris" not in referral.services:
        return replace(referral, services=referral.services + YOUTH_FALLBACK)
    return referral


def _route_by_age(
    need: str,
    age_self: Optional[str],
    age_other: Optional[str],
    asked_self: bool,
    asked_other: bool,
) -> Referral:
    whose = AGE_DEPENDENT.get(need)
    if whose is None:
        minor = age_self == MINOR and not need.startswith("relative_")
        return Referral(ADULT_SERVICE[need], minor=minor)

    age, asked = (age_self, asked_self) if whose == "self" else (age_other, asked_other)
    if age == MINOR:
        return Referral(YOUTH_SERVICE[need], minor=True)
    if age == ADULT:
        return Referral(ADULT_SERVICE[need])
    if not asked:
        return Referral(ask_age_of=whose)
    youth, adult = YOUTH_SERVICE[need], ADULT_SERVICE[need]
    return Referral(youth + adult, age_unknown=True, youth=youth, adult=adult)


def crisis_services(kind: str, need: Optional[str], age_self: Optional[str]) -> Tuple[str, ...]:
    """Numbers for an acute case: 112 first, then what fits the person.

    Args:
        kind: "danger" or "suicidal".
        need: the need the person told us before, if any.
        age_self: the writer's age band, if known.
    """
    services: Tuple[str, ...] = ("emergency",)
    if kind == "suicidal":
        services += ("mind",)
    if age_self == MINOR:
        services += ("bris",)
    if need is not None:
        referral = route(need, age_self, None, asked_self=True, asked_other=True)
        services += tuple(s for s in referral.services if s not in services)
    return services
