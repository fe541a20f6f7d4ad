"""Given names for English text and for the Cyrillic and Arabic scripts.

`bot.scrub.names` is written for Swedish chat in the Latin alphabet. People
also write here in English, Russian, Ukrainian and Arabic, and there a name
without a cue is only recognisable from a list: Arabic has no capitals, and
the other lists' names are too frequent in text to tell from words by
frequency alone ("jake", "наташа", "محمد" are all common in wordfreq).

Names that are also ordinary words ("Will", "Hope", "Вера" faith, "Роман" a
novel, "نور" light, "علي" on me) are in the `*_WORD_NAMES` lists: names only
after a cue ("my name is Hope"), ordinary words everywhere else.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# English-speaking given names and short forms not already in `names`.
ENGLISH_NAMES: frozenset[str] = _words(
    """
    abigail addison ashley aubrey audrey ava bella bethany brittany brooke caitlin callie chelsea
    chloe courtney danielle eleanor ellie emily evie gemma georgia hailey haley harper hayley
    kayla kaylee kelly kimberly kirsty lauren lucy madison megan melanie mia naomi paige phoebe
    rachel riley samantha savannah scarlett shannon sophie stacey stephanie tiffany tracy vicky
    zoe chantelle jodie kerry amy amelia charlotte harriet rosie poppy millie imogen isla lola
    jenna kylie kate katie becky bex jess jessie kirsten leanne shelby whitney britney
    aiden alfie archie ashton blake bradley brandon brian callum cameron chris connor craig
    darren dean declan dylan ethan finn gary gavin george harrison harvey ian jake jamie jason
    jay jayden jordan josh joshua justin kai kayden keith kieran kyle logan luke mason matthew
    mike nathan neil owen reece ryan scott sean shane steve steven stuart travis tyler wayne
    zach zack dan danny tom tim timothy jim joe joey ben billy bobby dave fred greg jeff
    jon ken larry leon mick nick paul phil rick ricky robert rory ted terry toby
    james richard joseph charles christopher anthony donald kenneth edward ronald jeffrey
    jacob nicholas eric stephen gregory raymond jerry aaron douglas zachary walter jeremy
    harold gerald austin arthur lawrence jesse bryan bruce albert russell elijah louis
    philip johnny ralph randy eugene roy mary jennifer elizabeth susan karen nancy betty
    margaret donna dorothy carol deborah sharon cynthia kathleen shirley angela brenda
    pamela katherine christine debra catherine carolyn janet diane julie joyce evelyn
    judith cheryl jacqueline frances kathryn janice doris judy marilyn beverly theresa
    sophia natalie alexis
    """
)

# English names that are also words: names only after a cue.
ENGLISH_WORD_NAMES: frozenset[str] = _words(
    """
    will mark hope may grace joy faith rose ruby amber crystal holly ivy daisy summer autumn
    april june dawn destiny jade heather chase hunter miles guy bill pat sue don art ray rob
    jack frank max sky angel honey candy cherry star mercy patience precious blessing favour
    gloria august christian
    """
)

# Russian and Ukrainian given names and everyday short forms, nominative.
# Inflected forms ("Наташу", "с Иваном") are derived in `bot.scrub.scripts`.
CYRILLIC_NAMES: frozenset[str] = _words(
    """
    анна аня анастасия настя наташа наталья наталия наталя олена елена лена алёна алена ольга
    оля катя екатерина катерина мария маша марія юлия юля юлія ирина ира ірина светлана света
    татьяна таня тетяна оксана ксения ксюша ксенія дарья даша дарія виктория вика вікторія
    алина аліна кристина христина валентина валя галина галя людмила люда марина яна софия
    соня софія полина диана алиса аліса евгения євгенія александра олександра анжела инна
    інна лариса нина ніна зоя снежана милана карина вероника ульяна уляна олеся леся
    мирослава богдана ангелина элина эльвира
    александр саша олександр сергей сергій серёжа дмитрий дима дмитро андрей андрій андрюша
    алексей олексій лёша алёша иван іван ваня михаил миша михайло николай коля микола
    владимир володимир вова владислав влад артём артем максим денис игорь ігор олег
    евгений женя євген юрий юрій павел паша павло виктор віктор антон кирилл илья ілля
    тарас богдан ярослав вадим виталий віталій руслан станислав стас константин костя
    никита тимур анатолий петро пётр петр петя василий василь григорий степан остап назар
    данило даниил рома толя гриша
    """
)

# Cyrillic names that are also words: names only after a cue.
CYRILLIC_WORD_NAMES: frozenset[str] = _words(
    """
    вера віра надежда надія любовь любов люба роман лев слава роза мила лилия лада злата
    макс марк
    """
)

# Common Arabic given names as people write them (with and without hamza).
ARABIC_NAMES: frozenset[str] = _words(
    """
    محمد أحمد احمد عمر يوسف ابراهيم إبراهيم خالد حسين مصطفى عبدالله محمود طارق ياسين
    زياد رامي فادي ماجد بلال حمزة عمار حسام هشام وائل ايمن أيمن باسل بشار فيصل مراد
    ادريس إدريس يحيى زكريا اسماعيل إسماعيل موسى عيسى سليمان هاني مازن نبيل سفيان
    فاطمة مريم عائشة عايشة خديجة زينب ليلى سارة ساره رنا رانيا دينا لينا ياسمين سلمى
    ريم نادية ناديا سميرة حنان شيماء اسماء أسماء دعاء اسراء إسراء نورا مروة رغد رهف
    جنى لمى هالة سوسن رحاب غادة نسرين لبنى سندس
    """
)

# Arabic names that are also words: names only after a cue.
ARABIC_WORD_NAMES: frozenset[str] = _words(
    """
    علي حسن جمال كمال عادل صالح رشيد ناصر أمين امين سامي وليد أمل امل نور كريم سعيد
    جميلة هدى سلام وفاء حياة رحمة شهد هبة آية اية منى زين منير أنس انس سعاد
    """
)
