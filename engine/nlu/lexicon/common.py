"""Words every sign pattern is built from: the writer, a payment, a sexual act.

Patterns are written for folded text (text.fold): lower case, no å/ä/ö, no
punctuation.
"""

from __future__ import annotations

# Words that stand for the writer, and for someone who does something to them.
WRITER = r"(?:jag|ja|jg|i|im)"
ME = r"(?:mig|mej|me|mei)"
THEY = (
    r"(?:han|hon|hen|de|dom|dem|nagon|nan|folk|killen|mannen|gubben|kunden|kunderna|"
    r"chefen|pojkvannen|min kille|min pojkvan|min man|min karlek|hallicken|ganget|"
    r"kompisen|hans kompis|hans kompisar|he|she|they)"
)
WORD = r"(?:\w+\s+)"


def near(first: str, second: str, words: int = 8) -> str:
    """`first` and `second` within `words` words of each other, either order."""
    return (
        rf"(?:\b{first}\b\W+{WORD}{{0,{words}}}?{second}\b"
        rf"|\b{second}\b\W+{WORD}{{0,{words}}}?{first}\b)"
    )


# Being paid, in whatever form: money, gifts, a bed, drugs, a ride.
PAYMENT = (
    r"(?:pengar\w*|cash|swish\w*|betal\w*|stalar|kronor|\d+ ?(?:kr|spann|lax|k)|para|paran|"
    r"deg|kosing|"
    r"presenter?|grejer|saker|klader|smink|parfym|vapes?|vejp\w*|snus|cigg|sprit|alkohol|"
    r"ol|droger|knark|gras|weed|tjack|piller|ladd\w*|saldo|mobil|iphone|airpods|"
    r"sova|sover|sov|sovplats|sangplats|bo|boende|tak over huvudet|skjuts|mat|hyra\w*|"
    r"ersattning|som tack|i utbyte|i gengald|som betalning|money|paid|pay\w*|gifts?|"
    r"skins?|robux|v-?bucks|presentkort\w*|spel|kontantkort\w*|surf)"
)
SEXUAL = (
    r"(?:sex|sexuell\w*|ligga|ligger|lag|legat|knull\w*|suga|suger|sog|sugit|"
    r"gor grejer|gora grejer|gjort grejer|gjorde grejer|(?:pa|framfor|infor) (?:kameran|cam|webcam)"
    r"|"
    r"gora saker|gor saker|gjort saker|gjorde saker|grejer med|grejer me|saker me|sexgrejer|"
    r"naken\w*|nudes?|oral\w*|blowjob|bj|ta pa mig|tar pa mig|tog pa mig|"
    r"rora mig|ror mig|visa mig|visar mig|stall\w* upp|traffa\w* (?:gubbar|aldre|man|kunder)|"
    r"hang\w* med (?:gubbar|aldre man|aldre killar)|sexual\w*)"
)
