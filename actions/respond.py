"""One answer to the person's situation and question together.

Every message that tells something or asks something comes here
(data/rules/). The NLU has already read the situation (engine/nlu/situation.py:
signs, questions, whose situation); this action decides the turn:

1. danger or suicidal thoughts: 112 (and 90101) in the first bubble, then a worker;
2. a need: "it is not your fault" for a minor, the answer to any question in
   the same message, then the services the routing table gives — or the age
   question, asked once, when the route depends on an age nobody has said;
3. a question alone: answered in the light of what the conversation already
   knows (a law question after "I am 15 and paid" gets the minors' answer).
"""

from __future__ import annotations

from typing import FrozenSet, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory import (
    crisis_phones,
    describe_contacts,
    describe_service,
    get_directory,
    wording,
)
from actions.handover import ACUTE, handover_payload, remind_of_services
from actions.reply import MORE_BUTTONS, Reply, join_names, stats_payload
from actions.routing import (
    ADULT,
    EXPLOITATION_SIGNS,
    MINOR,
    NEED_BY_INTENT,
    OTHER,
    PROFESSIONAL,
    SELF,
    SIGN_BY_NEED,
    SIGN_ORDER,
    Referral,
    crisis_services,
    need_for,
    route,
    whose_age,
)
from actions.slots import (
    ages,
    latest_intent,
    previous_intent,
    previous_signs,
    said_age,
    told_of_oneself,
)

SELF_NEED_BY_RELATIVE = {
    "relative_selling": "selling",
    "relative_buying": "buying",
    "relative_unwanted_sexuality": "unwanted_sexuality",
    "relative_health": "health",
}
LAW_INTENTS = {"ask_law_selling", "ask_law_buying", "ask_law_minors"}
# "frågar för att jag har gjort det" after a law question: that situation is the writer's.
NEED_BY_LAW_INTENT = {
    "ask_law_selling": "selling",
    "ask_law_minors": "selling",
    "ask_law_buying": "buying",
}
# Asks that only steer a follow-up ("det är jag", "kan han prata med nån?"), never answered.
FOLLOW_UP_ASKS = frozenset({"its_me", "for_them", "no_age", "the_one"})
# A need the writer told as their own, when it turns out to be someone else's.
RELATIVE_BY_SELF_NEED = {
    "selling": "relative_selling",
    "coercion": "relative_selling",
    "sexual_violence": "relative_selling",
    "images_spread": "relative_selling",
    "wants_out": "relative_selling",
    "buying": "relative_buying",
    "unwanted_sexuality": "relative_unwanted_sexuality",
}
# Needs about someone else, and whose situation a follow-up about "hon"/"han" is.
SOMEONE_ELSES = {
    "professional": PROFESSIONAL,
    "relative_selling": OTHER,
    "relative_buying": OTHER,
    "relative_unwanted_sexuality": OTHER,
    "relative_health": OTHER,
}
# The opening said before naming a service, by need, when no finer one fits.
INTRO_BY_NEED = {
    "selling": "utter_intro_sells_sex",
    "buying": "utter_intro_buys_sex",
    "unwanted_sexuality": "utter_intro_unwanted_sexuality",
    "relative_selling": "utter_intro_relative",
    "relative_buying": "utter_intro_relative",
    "relative_health": "utter_intro_relative",
    "relative_unwanted_sexuality": "utter_intro_relative",
    "coercion": "utter_intro_coercion",
    "sexual_violence": "utter_intro_sexual_violence",
    "images_spread": "utter_intro_images_spread",
    "wants_out": "utter_intro_wants_out",
    "health": "utter_intro_health",
    "professional": "utter_intro_professional",
}
INTRO_BY_INTENT = {
    "sugar_dating": "utter_intro_sugar_dating",
    "sells_images": "utter_intro_sells_images",
    "self_harm_sex": "utter_intro_self_harm_sex",
}
# For a minor the opening says first that it is not their fault.
MINOR_INTRO_BY_NEED = {
    "selling": "utter_minor_not_your_fault",
    "wants_out": "utter_minor_not_your_fault",
    "coercion": "utter_intro_coercion_minor",
    "sexual_violence": "utter_intro_sexual_violence_minor",
    "images_spread": "utter_intro_images_spread_minor",
}


class Situation:
    """The latest message's situation as the NLU component wrote it."""

    def __init__(self, tracker: Tracker) -> None:
        raw = tracker.latest_message.get("situation") or {}
        self.signs: FrozenSet[Text] = frozenset(raw.get("signs") or ())
        self.asks: FrozenSet[Text] = frozenset(raw.get("asks") or ())
        self.concerned: Text = raw.get("concerned") or SELF
        # The signs the rules read in the text; None when the NLU did not say.
        ruled = raw.get("ruled")
        self.ruled: Optional[FrozenSet[Text]] = None if ruled is None else frozenset(ruled)
        self.third_person: bool = bool(raw.get("third_person"))
        intent = latest_intent(tracker) or ""
        if intent in LAW_INTENTS:
            self.asks |= {"law"}
        elif intent == "ask_anonymity":
            self.asks |= {"anonymity"}
        elif intent in ("ask_contact", "ask_about_service") and "report" not in self.asks:
            self.asks |= {"contact" if intent == "ask_contact" else "service"}
        if intent == "acute_danger":
            self.signs |= {"danger"}
        elif intent == "suicidal":
            self.signs |= {"suicidal"}


class ActionRespond(Action):
    """Answers the situation and the question of the latest message."""

    def name(self) -> Text:
        return "action_respond"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        turn = Turn(tracker, domain)
        events = turn.decide()
        turn.reply.send(dispatcher)
        return events


class Turn:
    """What to say this turn, and what to remember."""

    def __init__(self, tracker: Tracker, domain: DomainDict) -> None:
        self.tracker = tracker
        self.language = tracker.get_slot("language")
        self.reply = Reply(domain, self.language)
        self.intent = latest_intent(tracker) or ""
        self.situation = Situation(tracker)
        self.own_age, self.other_age, age_events = ages(tracker)
        self.events: List[EventType] = list(age_events)
        self.awaiting = tracker.get_slot("awaiting")
        # A sentence said before the first bubble's own (out of danger, say).
        self.opening: Optional[Text] = None
        self.age_said = any(
            e.get("entity") == "age_group" for e in tracker.latest_message.get("entities") or []
        )

    # -- the decision -----------------------------------------------------------------

    def decide(self) -> List[EventType]:
        signs, asks = self.situation.signs, self.situation.asks
        # Out of danger, or the police involved: only counts after a danger turn (below).
        after_danger = next((a for a in ("police_involved", "safe_now") if a in asks), None)
        asks = asks - {"safe_now", "police_involved"}
        concerned = self.situation.concerned
        earlier = self.tracker.get_slot("need")
        # What the rules read (the classifier's guess aside): a follow-up reads nothing new.
        read = self.situation.ruled if self.situation.ruled is not None else signs
        if asks & (FOLLOW_UP_ASKS - {"no_age"}) and not read and earlier is not None:
            # "and if he calls himself, is it anonymous for him?" (set FJ): a follow-up the
            # rules read nothing in keeps no situation or crisis the classifier guessed either
            # (its "coercion" and "danger" took Preventell from a partner's answer as if
            # someone were a victim). The conversation's need decides.
            guessed = set(SIGN_ORDER) | {"danger", "suicidal"}
            self.situation.signs = signs = self.situation.signs - guessed
        if asks & {"its_me", "the_one"} and not read:
            # "det är jag", or "asså ja e tjejen. e 16" after a buyer's law question.
            mine = self._the_writers_own(earlier)
            if mine is not None:
                return self.refer(mine, asks - FOLLOW_UP_ASKS)
        if "for_them" in asks and not read and earlier in SOMEONE_ELSES:
            # "kan han prata me nån själv?": the other person's own route, named again.
            self.situation.concerned = SOMEONE_ELSES[earlier]
            return self.refer(earlier, asks - FOLLOW_UP_ASKS)
        if "for_them" in asks and not read and earlier in RELATIVE_BY_SELF_NEED:
            # "min fru vill veta var hon kan få stöd": someone close to the writer.
            self.situation.concerned = OTHER
            others = RELATIVE_BY_SELF_NEED[earlier]
            return self.refer(others, asks - FOLLOW_UP_ASKS)
        asks = asks - {"its_me", "for_them", "the_one"}
        if (
            concerned == OTHER
            and self.age_said
            and earlier in RELATIVE_BY_SELF_NEED
            and earlier not in ("buying", "unwanted_sexuality")
        ):
            # (a buyer's "hon jag snackar med är 17" is the age of the one he pays)
            # "fråga för en kompis, hon e 16" answering the age question: about the friend.
            self.events.append(SlotSet("need", RELATIVE_BY_SELF_NEED[earlier]))
            earlier = RELATIVE_BY_SELF_NEED[earlier]
        about_them_again = (
            said_age(self.tracker, "other") is not None
            and said_age(self.tracker, "self") is None
        )
        if concerned == SELF and earlier in SOMEONE_ELSES and (
            self.situation.third_person or about_them_again
        ):
            # A parent or a counsellor goes on about the same person: still about them
            # ("hes 16. he just texted me 'come get me'": his age, his danger; set FF).
            concerned = SOMEONE_ELSES[earlier]
            self.situation.concerned = concerned
        need = need_for(signs, concerned) or self._need_from_intent()
        urges = ("buying", "unwanted_sexuality")
        nothing_read = self.situation.ruled == frozenset()
        if earlier in urges and need in urges and need != earlier and nothing_read:
            # "kan inte sluta tänka på att beställa en tjej" - "tankarna tar över allt": the
            # classifier's new guess alone does not move a buyer to Preventell (or back).
            need = earlier
        if earlier in urges and need == "wants_out" and not read - {"exit"}:
            # "jag vill sluta med det här" after telling of buying: out of buying, KAST's.
            need = earlier
        victim_needs = ("coercion", "sexual_violence", "images_spread")  # named as their signs
        read_now = self.situation.ruled or frozenset()
        if (
            earlier == "buying"
            and need in victim_needs
            and (need not in read_now or self.situation.third_person)
            and "exchange" not in read_now  # "det är jag som är 16 och säljer dom"
        ):
            # A buyer threatened for more money ("annars händer nåt"): still KAST's, unless
            # the rules read what is done to him. ("now she told me she is actually 15 and her
            # 'brother' takes all the money", set GT: done to her, told by the man who paid;
            # his line, and 112 if now.)
            need = earlier
        if (
            earlier in SOMEONE_ELSES
            and self.situation.ruled == frozenset()
            and need is not None
            and need not in SOMEONE_ELSES
            and not self.age_said
            and not signs & {"suicidal", "danger"}
        ):
            # "o finns de nåt för mig som vill ha råd?": still the counsellor or the parent.
            need = earlier
            self.situation.concerned = SOMEONE_ELSES[earlier]
        if (
            need is None
            and earlier in SOMEONE_ELSES
            and not read
            and (self.intent in NEED_BY_INTENT or asks)
        ):
            # "should I contact socialtjänsten even if I'm not sure?" after a counsellor's
            # worry (set FG): a question in the same thread, not "what do you want to talk
            # about?". The same person's route again.
            need = earlier
            self.situation.concerned = SOMEONE_ELSES[earlier]
        if earlier == "health" and need and need not in ("health", "professional") and (
            not need.startswith("relative_")
        ):
            # "kan man testa sig?" then "e 26 o säljer sex": the health question stands.
            self.situation.signs = self.situation.signs | {"health"}
        if earlier == "relative_health" and need == "relative_selling":
            # "min son har utslag" then "han får betalt av män" (set BN): the worry about his
            # health stands beside the new one, so his clinic stays in the answer.
            self.situation.signs = self.situation.signs | {"health"}
        if self.awaiting in ("age_self", "age_other") and (
            self.age_said or self.intent == "inform_age"
        ):
            # "hon är 23 tror jag" answers the question asked about what was told before:
            # its signs (a madam, a debt, a locked door) still decide the route.
            carried = previous_signs(self.tracker) & (EXPLOITATION_SIGNS | {"health"})
            if (
                carried - self.situation.signs
                # ("im 22. should i go to akuten?" after a rape told, set GU: the hospital
                # asked about is the rape's; it stays the need.)
                and need_for(read_now - {"health"}, concerned) is None
                and earlier not in SOMEONE_ELSES  # a relative's answer stays the relative's
            ):
                # "jag är 21. han är kvar": the rape told before is still what happened.
                need = need_for(self.situation.signs | carried, concerned) or need
            self.situation.signs = self.situation.signs | carried
        if "suicidal" in signs or "danger" in signs:
            return self.crisis("suicidal" if "suicidal" in signs else "danger", need)
        crisis_kind = self.tracker.get_slot("crisis")
        if crisis_kind in ("danger", "suicidal") and self.age_said and not read - {"health"}:
            # "ja e 18" after danger: 112 again, and the route for that age. ("im 15. i dont
            # want to go to the hospital" after pills taken, set GS: the hospital is the
            # overdose's, still 112.)
            return self.crisis(crisis_kind, need or earlier)
        if after_danger and crisis_kind == "danger" and "danger" not in read:
            return self.out_of_danger(earlier, asks, after_danger)
        if "no_age" in asks and self.awaiting in ("age_self", "age_other") and not self.age_said:
            told = self.tracker.get_slot("need")
            if told:
                return self.refer(told, frozenset())  # asked once: both routes now
        asks = asks - {"no_age"}
        answering_age = self.awaiting in ("age_self", "age_other") and (
            self.age_said or self.intent == "inform_age"
        )
        if need is None and (answering_age or self.age_said):
            # An age said now decides the route of what was told before.
            need = self.tracker.get_slot("need")
        if earlier == "buying" and said_age(self.tracker, "other") == MINOR and not (
            read_now - {"buying"}
        ):
            # "hon sa efteråt att hon bara var 16. vad händer nu?" after "jag har betalat för
            # sex" (set CT): buying from a child is a crime of its own; the law is told.
            asks = asks | {"law"}
        if earlier and self.situation.ruled == frozenset() and (asks or self.age_said):
            # A follow-up in which the rules read nothing new ("kan han åka fast för det?",
            # "han e 35"): the conversation's need stands, not the classifier's new guess.
            if asks and not self.age_said and self._need_from_intent() != earlier and not (
                earlier == "buying" and "law" in asks
            ):
                # (a buyer's law question, "hon var nog under 18", names KAST again)
                return self.answer_questions(asks)
            need = earlier
        if need is None and self.intent == "affirm" and "human" in asks and (
            self.awaiting != "handover"
        ):
            # "yes please connect me" (set FJ) after "is there an actual person there": a
            # person asked for, whatever the yes answers.
            return self.answer_questions(asks)
        if need is None and self.intent in ("affirm", "deny"):
            return self.yes_or_no()
        if need is not None:
            return self.refer(need, asks)
        if asks:
            return self.answer_questions(asks)
        if not self.age_said and remind_of_crisis(self.tracker, self.reply):
            return self.events + [SlotSet("awaiting", None)]
        if self.intent in ("chitchat", "out_of_scope") and not self.age_said:
            small = "utter_chitchat" if self.intent == "chitchat" else "utter_out_of_scope"
            self.reply.add_response(small)
            return self.events
        self.reply.add_response("utter_age_noted" if self.age_said else "utter_what_about")
        return self.events + [SlotSet("awaiting", None)]

    def _the_writers_own(self, earlier: Optional[Text]) -> Optional[Text]:
        """The need that becomes the writer's own when they say "det är jag", or None."""
        if earlier in SELF_NEED_BY_RELATIVE:
            # "det är alltså jag": the friend asked about is the writer, with that age.
            mine = SELF_NEED_BY_RELATIVE[earlier]
            if self.other_age:
                self._take_the_others_age()
        elif earlier == "buying" and "the_one" in self.situation.asks and (
            self.own_age == MINOR or (self.own_age is None and self.other_age == MINOR)
        ):
            # "köper man av någon som är 16?" - "jag var den som var 16"; "is it crime if he
            # pay a girl 15?" - "its about me. i am that girl" (set GO): her age is the writer's.
            mine = "selling"
            self._take_the_others_age()
        elif earlier is not None and earlier not in SOMEONE_ELSES:
            mine = earlier  # "kan man få böter för sexköp?" told as KAST's: "jag har gjort det"
        elif earlier is None and (
            law_need := NEED_BY_LAW_INTENT.get(previous_intent(self.tracker) or "")
        ):
            # A law question, then "it's me": a child who says her age is the one paid; "is it a
            # crime if he pay a girl 15?" - "i am that girl" (set GO): the girl's age is hers.
            if self.other_age == MINOR and "the_one" in self.situation.asks:
                self._take_the_others_age()
            mine = "selling" if self.own_age == MINOR else law_need
        else:
            return None
        self.events.append(SlotSet("need", mine))
        self.situation.concerned = SELF
        return mine

    def _take_the_others_age(self) -> None:
        """The person asked about is the writer: their age, when none of the writer's is known."""
        if self.own_age is None:
            self.own_age = self.other_age
            self.events.append(SlotSet("age_group", self.other_age))

    def _need_from_intent(self) -> Optional[Text]:
        """The classifier's need, read for whose situation the text says it is."""
        need = NEED_BY_INTENT.get(self.intent)
        if (
            need in ("unwanted_sexuality", "relative_unwanted_sexuality")
            and self.situation.ruled is not None
            and "unwanted" not in self.situation.signs
        ):
            # The rules refused "your thoughts" (no word of sex, urges or children): the
            # intent alone never sends anyone to Preventell.
            return None
        if need == "professional" and self.situation.concerned == OTHER:
            return "relative_selling"  # "pappa till en kille på 16, behöver råd": a parent
        if need is None or self.situation.concerned != SELF:
            return need
        if need == "professional":
            return None
        return SELF_NEED_BY_RELATIVE.get(need, need)

    # -- acute ------------------------------------------------------------------------

    def crisis(self, kind: Text, need: Optional[Text]) -> List[EventType]:
        phones = crisis_phones()
        if kind == "suicidal":
            self.reply.add_response("utter_crisis_suicidal", **phones)
        else:
            self.reply.add_response("utter_crisis_danger", emergency=phones["emergency"])
        known_need = need or self.tracker.get_slot("need")
        other_age = self.other_age or (MINOR if "about_child" in self.situation.signs else None)
        if other_age == MINOR and self.other_age is None and self.situation.concerned != SELF:
            # "en tjej här på HVB:et ska ta livet av sig": the next question ("vem kontaktar
            # vi imorgon?") is still about a child.
            self.other_age = MINOR
            self.events.append(SlotSet("other_age_group", MINOR))
        own_age = self.own_age
        guessed_young = (
            own_age is None
            and "likely_minor" in self.situation.signs
            and self.situation.concerned == SELF
        )
        if guessed_young:
            # No age written, but written as the young write (engine/nlu/learned.py): in a crisis
            # the youth route now, not Mika beside it; the age is still asked once, after the
            # handover note, so that an adult can say so (sets BS, BY: "age not said").
            own_age = MINOR
        ask_age = guessed_young and not self.tracker.get_slot("asked_age_self")
        services = crisis_services(kind, known_need, own_age, self.situation.signs,
                                   age_other=other_age,
                                   about_other=self.situation.concerned != SELF)
        exploited = self.situation.signs & EXPLOITATION_SIGNS
        heading = None
        if own_age == MINOR and exploited:
            heading = self.reply.text("utter_minor_crisis_not_your_fault")
        self.reply.services(
            [s for s in services if s not in ("emergency", "mind")], known_need, heading=heading
        )
        # A law or anonymity question asked in the same breath is answered too, last.
        short = self._short_answers(self.situation.asks, known_need, self.own_age)
        if ask_age:
            # Short, with the age buttons: a child in a crisis reads one screen.
            short.append(self.reply.text("utter_ask_age_self_crisis"))
        self.reply.add_response("utter_handover_acute", *short)
        if ask_age:
            self.reply.bubbles[-1]["buttons"] = self.reply.buttons_of("utter_ask_age_self_crisis")
        self.events.append(SlotSet("need", known_need))
        self.events.append(SlotSet("crisis", kind))
        named = [s for s in services if s not in ("emergency", "mind")]
        if named:
            # "polisen är på väg, vad gör vi sen?": a later question is about these.
            self.events.append(SlotSet("referred_services", named))
        self.reply.json(stats_payload(services, self.own_age))
        reason = "suicidal" if kind == "suicidal" else "acute_danger"
        self.reply.json(handover_payload(reason, ACUTE, self.tracker, need=known_need,
                                         age_group=self.own_age))
        if ask_age:
            return self.events + [SlotSet("awaiting", "age_self"), SlotSet("asked_age_self", True)]
        return self.events + [SlotSet("awaiting", None)]

    def out_of_danger(
        self, earlier: Optional[Text], asks: FrozenSet[Text], how: Text
    ) -> List[EventType]:
        """ "kom ut, står på en bensinmack nu", "polisen kom o tog med honom" after danger
        (sets BR, BT): 112 if it starts again, then the route for what was told and who can
        help afterwards, not 112 alone again."""
        self.events.append(SlotSet("crisis", None))
        opening = "utter_police_involved" if how == "police_involved" else "utter_out_of_danger"
        self.opening = self.reply.text(opening, **crisis_phones())
        if earlier:
            return self.refer(earlier, asks)
        # A crisis told with no other need: the services the crisis answer named, again.
        named = [s for s in self.tracker.get_slot("referred_services") or []
                 if s not in ("emergency", "mind")]
        if named:
            self.reply.services(named, heading=self.opening)
            return self.events + [SlotSet("awaiting", None)]
        self.reply.add(self.opening)
        self.reply.add_response("utter_what_about")
        return self.events + [SlotSet("awaiting", None)]

    # -- referral ---------------------------------------------------------------------

    def refer(self, need: Text, asks: FrozenSet[Text]) -> List[EventType]:
        whose = whose_age(need)
        if whose == OTHER and self.other_age is None and "about_child" in self.situation.signs:
            # "en elev", "en 15-åring på HVB": the person asked about is a child.
            self.other_age = MINOR
            self.events.append(SlotSet("other_age_group", MINOR))
        elif (
            need == "professional"
            and self.other_age is None
            and self.situation.concerned == PROFESSIONAL
            and said_age(self.tracker, "self") is not None
        ):
            # "socialsekreterare ... en ungdom, född 2009": staff do not write their own age.
            self.other_age = said_age(self.tracker, "self")
            self.events.append(SlotSet("other_age_group", self.other_age))
        elif whose == OTHER and self.other_age is None and "adult_relative" in self.situation.signs:
            self.other_age = ADULT  # "min mamma", "min man": an adult
            self.events.append(SlotSet("other_age_group", ADULT))
        signs = self.situation.signs
        if need == "relative_health" and self.tracker.get_slot("need") == "relative_selling":
            # "can he get tested somewhere" after "my son is 19 and i think he sells sex" (set
            # GM): the one paid is asked about, so the table's relative_selling plus UMO.
            need = "relative_selling"
            signs = signs | {"health"}
        earlier = SIGN_BY_NEED.get(self.tracker.get_slot("need") or "")
        if (
            whose == SELF
            and need not in ("buying", "unwanted_sexuality", "professional")
            and not need.startswith("relative_")
        ):
            # "men e det farligt då" after being paid: still a child paid for sex, whose
            # Stödcentrum and BRIS do not go away with the next question or the age. (Not
            # in a partner's or a professional's thread, set FJ: a classifier's guess of
            # "coercion" about the writer took Preventell from the answer about him.)
            signs = signs | ({earlier} if earlier else set())
            signs = signs | told_of_oneself(self.tracker, EXPLOITATION_SIGNS)
        referral = route(
            need,
            self.own_age,
            self.other_age,
            asked_self=bool(self.tracker.get_slot("asked_age_self")),
            asked_other=bool(self.tracker.get_slot("asked_age_other")),
            signs=signs,
        )
        self.events.append(SlotSet("need", need))
        concerned_age = self.other_age if whose == OTHER else self.own_age
        minor_writer = referral.minor and whose == SELF
        intro = self._intro(need, minor_writer, concerned_age)
        first = [self.opening, self.reply.text(intro)]
        line_need = need
        if need == "relative_selling" and concerned_age == MINOR:
            # A rape or spread images told without payment (the rules' reading, not the
            # classifier's): not "a child who gets paid", in the intro or the service lines.
            read = self.situation.ruled if self.situation.ruled is not None else signs
            harmed = bool(read & {"sexual_violence", "images_spread"}) and "exchange" not in read
            first.append(self.reply.text(
                "utter_relative_minor_harmed" if harmed else "utter_relative_minor"))
            line_need = "relative_harmed" if harmed else need
        first += self._short_answers(asks, need, concerned_age, said_not_a_crime=intro in (
            "utter_minor_not_your_fault", "utter_intro_coercion_minor",
            "utter_intro_sexual_violence_minor", "utter_intro_images_spread_minor"),
            said_selling_legal=intro == "utter_intro_sells_sex")

        if referral.ask_age_of:
            self.reply.add(*first)
            if referral.age_unknown:
                self._list_services(referral, need, compact=True)
                shown = "_both_shown"
            else:
                if referral.services:
                    self.reply.services(referral.services, need)
                shown = "_youth_shown" if referral.youth_shown else ""
            self.reply.add_response(f"utter_ask_age_{referral.ask_age_of}{shown}")
            if "human" in asks:
                # Asked for a person: the worker is called now, the age can wait.
                self.reply.bubbles[-1]["text"] += "\n\n" + self.reply.text(
                    "utter_handover_requested")
                self.reply.json(handover_payload("user_request", "normal", self.tracker,
                                                 need=need, age_group=self.own_age))
            return self.events + [
                SlotSet("awaiting", f"age_{referral.ask_age_of}"),
                SlotSet(f"asked_age_{referral.ask_age_of}", True),
            ]

        self.reply.add(*first)
        unreachable = (
            self.reply.services(referral.services, line_need)
            if line_need != need and not referral.age_unknown
            else self._list_services(referral, need)
        )
        if "human" in asks:
            # "I'd rather speak to someone from your team": told that a worker is asked.
            self.reply.add_response("utter_handover_requested")
            self.reply.json(handover_payload("user_request", "normal", self.tracker, need=need,
                                             age_group=self.own_age))
        else:
            self._offer_more(referral.services, unreachable, asked_contact="contact" in asks)
        self.reply.json(stats_payload(referral.services, concerned_age))
        return self.events + [
            SlotSet("awaiting", None),
            SlotSet("referred_services", list(referral.services)),
            SlotSet("service", referral.services[0] if referral.services else None),
        ]

    def _intro(self, need: Text, minor_writer: bool, concerned_age: Optional[Text]) -> Text:
        if minor_writer and need in MINOR_INTRO_BY_NEED:
            return MINOR_INTRO_BY_NEED[need]
        if minor_writer and self.situation.signs & EXPLOITATION_SIGNS:
            return "utter_minor_not_your_fault"
        if need == "professional":
            child = concerned_age == MINOR
            return "utter_intro_professional_child" if child else "utter_intro_professional"
        if need == "selling" and self.intent in INTRO_BY_INTENT:
            return INTRO_BY_INTENT[self.intent]
        return INTRO_BY_NEED[need]

    def _short_answers(
        self,
        asks: FrozenSet[Text],
        need: Optional[Text],
        concerned_age: Optional[Text],
        said_not_a_crime: bool = False,
        said_selling_legal: bool = False,
    ) -> List[Text]:
        """One sentence each for a law or anonymity question asked along with a situation.

        What the opening already said is not said again: a minor's "not your fault",
        or that selling is no crime (then only who commits one).
        """
        parts = []
        if "law" in asks:
            law = self._law_response(need, concerned_age, short=True)
            if law == "utter_law_selling_short" and said_selling_legal:
                law = "utter_law_buyer_commits_short"
            if law != "utter_law_minor_self_short" or not said_not_a_crime:
                parts.append(self.reply.text(law))
        if "anonymity" in asks:
            parts.append(self.reply.text("utter_anonymity_short"))
        if "report" in asks:
            parts.append(self.reply.text("utter_report_short", police=_first_phone("police"),
                                         emergency=_first_phone("emergency")))
        return parts

    def _law_response(self, need: Optional[Text], age: Optional[Text], short: bool) -> Text:
        """The law text that fits the question and the situation already told."""
        if need == "buying" and self.other_age == MINOR:
            # "hon sa efteråt att hon bara var 16" (set CT): paying a child is the crime told.
            return "utter_law_minors_short" if short else "utter_law_minors"
        if self.intent == "ask_law_buying" or need in ("buying", "relative_buying"):
            return "utter_law_buying_short" if short else "utter_law_buying"
        minor = age == MINOR or self.own_age == MINOR or self.intent == "ask_law_minors"
        if minor and short and need is not None and whose_age(need) == SELF:
            return "utter_law_minor_self_short"
        if minor:
            return "utter_law_minors_short" if short else "utter_law_minors"
        return "utter_law_selling_short" if short else "utter_law_selling"

    def _list_services(self, referral: Referral, need: Text, compact: bool = False) -> List[Text]:
        if referral.age_unknown:
            suffix = "other_" if whose_age(need) == OTHER else ""
            unreachable = self.reply.services(
                referral.youth, need, heading=self.reply.text(f"utter_if_{suffix}under_18"),
                compact=compact,
            )
            # Both lists in one bubble: the youth route first.
            youth_bubble = self.reply.bubbles.pop()
            unreachable += self.reply.services(
                referral.adult, need, heading=self.reply.text(f"utter_if_{suffix}adult"),
                compact=compact,
            )
            adult_bubble = self.reply.bubbles.pop()
            self.reply.add(youth_bubble["text"] + "\n" + adult_bubble["text"])
            return unreachable
        return self.reply.services(referral.services, need)

    def _offer_more(
        self, services: Sequence[Text], unreachable: List[Text], asked_contact: bool = False
    ) -> None:
        directory = get_directory()
        words = wording(self.language)
        buttons = [
            {
                "title": words["more_about"].format(name=directory[s].short_name),
                "payload": f'/ask_about_service{{"service": "{s}"}}',
            }
            for s in services
            if s in directory.services and s not in ("emergency", "police", "mind")
        ][:MORE_BUTTONS]
        buttons.append({"title": words["talk_to_worker"], "payload": "/request_human"})
        names = join_names(unreachable, self.language)
        if unreachable and asked_contact:
            # Asked for a number we do not have: say so, and who can help instead.
            text = self.reply.text("utter_no_number_yet", names=names)
        elif unreachable:
            text = self.reply.text("utter_offer_contact", names=names)
        else:
            text = self.reply.text("utter_offer_more")
        self.reply.add(text, buttons=buttons)

    # -- questions alone ----------------------------------------------------------------

    def answer_questions(self, asks: FrozenSet[Text]) -> List[EventType]:
        need = self.tracker.get_slot("need")
        whose = whose_age(need or "")
        age = self.other_age if whose == OTHER else self.own_age
        if "law" in asks:
            self.reply.add_response(self._law_response(need, age, short=False))
        named = next(self.tracker.get_latest_entity_values("service"), None)
        if "anonymity" in asks:
            self.reply.add_response("utter_anonymity")
            referred = [s for s in self.tracker.get_slot("referred_services") or []
                        if s not in ("emergency", "police", "mind")]
            if referred and not named and not asks & {"contact", "service", "human"}:
                # "kan jag vara anonym hos dom?" after a referral: the services just named,
                # each with what it says of anonymity (sets CH, FN).
                self.reply.services(referred[:3], need)
        if "report" in asks:
            # "var anmäler man sånt?": the police, with the directory's own words.
            self.reply.add_response("utter_report", emergency=_first_phone("emergency"))
            self._describe_services(contact_only=False, service_ids=["police"])
        if "report_child" in asks:
            # "typ anmälan till soc?": concern for a child is reported to social services.
            self._describe_services(contact_only=False, service_ids=["socialtjanst"])
        if (
            asks & {"contact", "service"}
            and not (asks & {"report", "report_child"} and named is None)
        ) or (
            named and "anonymity" in asks
        ):
            # "måste jag säga mitt namn hos Mika?": how to reach the service named too.
            self._describe_services(bool(asks & {"contact", "anonymity"}) and "service" not in asks)
        if "human" in asks:
            self.reply.add_response("utter_handover_requested")
            if not asks & {"contact", "service", "report"}:
                remind_of_services(self.reply, self.tracker)
            self.reply.json(handover_payload("user_request", "normal", self.tracker))
        return self.events + [SlotSet("awaiting", None)]

    def _describe_services(
        self, contact_only: bool, service_ids: Optional[List[Text]] = None
    ) -> None:
        directory = get_directory()
        named = next(self.tracker.get_latest_entity_values("service"), None)
        if not service_ids and named in directory.services:
            service_ids = [named]
        elif not service_ids:
            referred = self.tracker.get_slot("referred_services") or []
            service_ids = [s for s in referred if s in directory.services][:3]
        if not service_ids:
            # "När har ni öppet?": this chat is always open; then which service they mean.
            self.reply.add_response("utter_chat_open")
            self.reply.add_response("utter_which_service")
            return
        parts = []
        for service_id in service_ids:
            service = directory[service_id]
            if contact_only and len(service_ids) == 1:
                # A sentence first: "BRIS: / Phone: 116 111" alone reads as a form, not a reply.
                reach = wording(self.language)["reach"].format(name=service.short_name)
                parts.append(f"{reach}\n{describe_contacts(service, self.language)}")
            elif contact_only or len(service_ids) > 1:
                parts.append(f"{service.short_name}:\n{describe_contacts(service, self.language)}")
            else:
                parts.append(describe_service(service, self.language))
        self.reply.add("\n\n".join(parts))

    # -- yes and no -------------------------------------------------------------------

    def yes_or_no(self) -> List[EventType]:
        yes = self.intent == "affirm"
        if self.awaiting == "handover":
            if yes:
                self.reply.add_response("utter_handover_requested")
                self.reply.json(handover_payload("fallback_offer", "normal", self.tracker))
                return self.events + [SlotSet("awaiting", None)]
            self.reply.add_response("utter_handover_declined")
            return self.events + [SlotSet("awaiting", None)]
        need = self.tracker.get_slot("need")
        if self.awaiting in ("age_self", "age_other") and need:
            # No age given: name both the youth and the adult service.
            return self.refer(need, frozenset())
        if remind_of_crisis(self.tracker, self.reply):
            return self.events + [SlotSet("awaiting", None)]
        self.reply.add_response("utter_what_about")
        return self.events + [SlotSet("awaiting", None)]


def remind_of_crisis(tracker: Tracker, reply: Reply) -> bool:
    """After an acute turn, an unclear message ("mamma e inte hemma") hears 112 again."""
    kind = tracker.get_slot("crisis")
    if kind not in ("danger", "suicidal"):
        return False
    reply.add_response(f"utter_crisis_reminder_{kind}", **crisis_phones())
    return True


def _first_phone(service_id: Text) -> Text:
    return get_directory()[service_id].phones()[0].fact.value
