"""The scrubber's table of Swedish test messages, shared by the tests and
`bot.scrub.metrics` (which prints recall and precision per identifier kind).

Each case gives the message, the exact scrubbed output, and the identifiers it
holds as (placeholder label, text as written). Negatives hold none and must
come back unchanged. Chat style (lower case, typos, no punctuation) and formal
style are mixed on purpose. Every identifier here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """One message, what the scrubber must make of it, and what it contains."""

    text: str
    expected: str
    identifiers: tuple[tuple[str, str], ...] = ()
    needs_ner: bool = False

    @property
    def is_negative(self) -> bool:
        return not self.identifiers


def case(text: str, expected: str | None = None, *ids: tuple[str, str], ner: bool = False) -> Case:
    """A case; `expected=None` means the text must come back unchanged."""
    return Case(text, text if expected is None else expected, tuple(ids), ner)


N, TEL, PNR, MAIL, IP = "NAMN", "TELEFONNUMMER", "PERSONNUMMER", "E-POST", "IP-ADRESS"
ADR, POST, USER, REG = "ADRESS", "POSTNUMMER", "ANVÄNDARNAMN", "REGISTRERINGSNUMMER"
KONTO, KORT, NUM = "KONTONUMMER", "KORTNUMMER", "NUMMER"
LINK, SCHOOL, CLASS, CLUB = "LÄNK", "SKOLA", "KLASS", "FÖRENING"

CASES: tuple[Case, ...] = (
    # --- names after a cue -------------------------------------------------
    case(
        "jag heter Sara och mitt nummer är 070-123 45 67",
        "jag heter <NAMN> och mitt nummer är <TELEFONNUMMER>",
        (N, "Sara"),
        (TEL, "070-123 45 67"),
    ),
    case("jag heter sara", "jag heter <NAMN>", (N, "sara")),
    case(
        "Hej! Mitt namn är Anna Lindqvist och jag behöver hjälp.",
        "Hej! Mitt namn är <NAMN> och jag behöver hjälp.",
        (N, "Anna Lindqvist"),
    ),
    case("ja heter typ emma", "ja heter typ <NAMN>", (N, "emma")),
    case("kalla mig Nora", "kalla mig <NAMN>", (N, "Nora")),
    case(
        "min kompis Lisa säljer sex för pengar",
        "min kompis <NAMN> säljer sex för pengar",
        (N, "Lisa"),
    ),
    case(
        "han heter Ahmed och han betalar mig",
        "han heter <NAMN> och han betalar mig",
        (N, "Ahmed"),
    ),
    case("hon heter fatima hon e 15", "hon heter <NAMN> hon e 15", (N, "fatima")),
    case(
        "Jag e Johanna och jag har sålt sex",
        "Jag e <NAMN> och jag har sålt sex",
        (N, "Johanna"),
    ),
    case("mvh Karin", "mvh <NAMN>", (N, "Karin")),
    case(
        "min pojkvän heter Marcus Berg",
        "min pojkvän heter <NAMN>",
        (N, "Marcus Berg"),
    ),
    case("heter kevin btw", "heter <NAMN> btw", (N, "kevin")),
    case(
        "sugardaddyn heter Peter och han e typ 50",
        "sugardaddyn heter <NAMN> och han e typ 50",
        (N, "Peter"),
    ),
    # --- phone numbers -------------------------------------------------------
    case("ring mig på 0701234567", "ring mig på <TELEFONNUMMER>", (TEL, "0701234567")),
    case("mitt nr e 073 555 12 34", "mitt nr e <TELEFONNUMMER>", (TEL, "073 555 12 34")),
    case(
        "Du når mig på +46 70 123 45 67.",
        "Du når mig på <TELEFONNUMMER>.",
        (TEL, "+46 70 123 45 67"),
    ),
    case("0046701234567 funkar", "<TELEFONNUMMER> funkar", (TEL, "0046701234567")),
    case(
        "Ring gärna 08-123 456 78 efter kl 17",
        "Ring gärna <TELEFONNUMMER> efter kl 17",
        (TEL, "08-123 456 78"),
    ),
    case(
        "hans engelska nummer +44 7911 123456",
        "hans engelska nummer <TELEFONNUMMER>",
        (TEL, "+44 7911 123456"),
    ),
    case(
        "kunden ringde från +1 212 555 0199 igår",
        "kunden ringde från <TELEFONNUMMER> igår",
        (TEL, "+1 212 555 0199"),
    ),
    case(
        "swisha till 0721234567 sa han",
        "swisha till <TELEFONNUMMER> sa han",
        (TEL, "0721234567"),
    ),
    # A zero-width space inside the number does not hide it.
    case("nr 070\u200b123 45 67", "nr <TELEFONNUMMER>", (TEL, "070\u200b123 45 67")),
    # --- personnummer and samordningsnummer ------------------------------------
    case(
        "mitt personnummer är 800101-1231",
        "mitt personnummer är <PERSONNUMMER>",
        (PNR, "800101-1231"),
    ),
    case("pnr 19991231-9879", "pnr <PERSONNUMMER>", (PNR, "19991231-9879")),
    case("050607-4566 e mitt", "<PERSONNUMMER> e mitt", (PNR, "050607-4566")),
    case(
        "Mitt samordningsnummer är 701063-2391.",
        "Mitt samordningsnummer är <PERSONNUMMER>.",
        (PNR, "701063-2391"),
    ),
    case(
        "Personnummer: 198706175554",
        "Personnummer: <PERSONNUMMER>",
        (PNR, "198706175554"),
    ),
    case("han e född 121212+1212", "han e född <PERSONNUMMER>", (PNR, "121212+1212")),
    # A mistyped personnummer (wrong check digit) still goes, as a long number.
    case("pnr 800101-1234", "pnr <NUMMER>", (NUM, "800101-1234")),
    # --- e-mail -------------------------------------------------------------
    case("min mejl är sara.k@gmail.com", "min mejl är <E-POST>", (MAIL, "sara.k@gmail.com")),
    case(
        "Kontakta mig gärna på anna.lindqvist@foretaget.se.",
        "Kontakta mig gärna på <E-POST>.",
        (MAIL, "anna.lindqvist@foretaget.se"),
    ),
    case("mejla sara@hotmail", "mejla <E-POST>", (MAIL, "sara@hotmail")),
    case(
        "skriv till sara punkt k at gmail dot com",
        "skriv till <E-POST>",
        (MAIL, "sara punkt k at gmail dot com"),
    ),
    case("kalle123@gmail.con", "<E-POST>", (MAIL, "kalle123@gmail.con")),
    # --- IP addresses ---------------------------------------------------------
    case("min ip är 192.168.1.20", "min ip är <IP-ADRESS>", (IP, "192.168.1.20")),
    case(
        "IP-adressen 2001:db8::1 syntes i loggen",
        "IP-adressen <IP-ADRESS> syntes i loggen",
        (IP, "2001:db8::1"),
    ),
    # --- street addresses and postnummer --------------------------------------
    case("jag bor på Storgatan 12", "jag bor på <ADRESS>", (ADR, "Storgatan 12")),
    case("kom till kungsvägen 3B", "kom till <ADRESS>", (ADR, "kungsvägen 3B")),
    case("Sveavägen 44 lgh 1102", "<ADRESS>", (ADR, "Sveavägen 44 lgh 1102")),
    case(
        "Adress: Drottninggatan 5, 111 51 Stockholm",
        "Adress: <ADRESS>",
        (ADR, "Drottninggatan 5, 111 51 Stockholm"),
    ),
    case(
        "han bor på Sankt Eriksgatan 10 i stan",
        "han bor på <ADRESS> i stan",
        (ADR, "Sankt Eriksgatan 10"),
    ),
    case("jag bor på storgatan", "jag bor på <ADRESS>", (ADR, "storgatan")),
    case("Olof Palmes gata 4", "<ADRESS>", (ADR, "Olof Palmes gata 4")),
    case("postnummer 11151", "postnummer <POSTNUMMER>", (POST, "11151")),
    case("jag bor i 123 45", "jag bor i <POSTNUMMER>", (POST, "123 45")),
    case("111 51 Stockholm", "<POSTNUMMER> Stockholm", (POST, "111 51")),
    case("mitt postnr är 41319", "mitt postnr är <POSTNUMMER>", (POST, "41319")),
    # --- social media handles ---------------------------------------------------
    case("@sara_k", "<ANVÄNDARNAMN>", (USER, "@sara_k")),
    case(
        "adda mig på snap: sarakk",
        "adda mig på snap: <ANVÄNDARNAMN>",
        (USER, "sarakk"),
    ),
    case("insta sarak", "insta <ANVÄNDARNAMN>", (USER, "sarak")),
    case("min snap är lisa_99", "min snap är <ANVÄNDARNAMN>", (USER, "lisa_99")),
    case(
        "Följ mig på instagram.com/sara.k",
        "Följ mig på <ANVÄNDARNAMN>",
        (USER, "instagram.com/sara.k"),
    ),
    case("Min Snapchat: Emma.Lund04", "Min Snapchat: <ANVÄNDARNAMN>", (USER, "Emma.Lund04")),
    # --- registration plates --------------------------------------------------
    case("bilen hade ABC 123", "bilen hade <REGISTRERINGSNUMMER>", (REG, "ABC 123")),
    case("regnr abc12a", "regnr <REGISTRERINGSNUMMER>", (REG, "abc12a")),
    case(
        "Han kör en svart Volvo med registreringsnummer MLB 48K.",
        "Han kör en svart Volvo med registreringsnummer <REGISTRERINGSNUMMER>.",
        (REG, "MLB 48K"),
    ),
    # --- bank accounts, IBAN, cards -----------------------------------------------
    case(
        "kontonummer 8327-9 123 456 789-1",
        "kontonummer <KONTONUMMER>",
        (KONTO, "8327-9 123 456 789-1"),
    ),
    case(
        "sätt in på 6000-123 456 789",
        "sätt in på <KONTONUMMER>",
        (KONTO, "6000-123 456 789"),
    ),
    case(
        "mitt konto är 5000 12 345 67 (SEB)",
        "mitt konto är <KONTONUMMER> (SEB)",
        (KONTO, "5000 12 345 67"),
    ),
    case(
        "IBAN: SE45 5000 0000 0583 9825 7466",
        "IBAN: <KONTONUMMER>",
        (KONTO, "SE45 5000 0000 0583 9825 7466"),
    ),
    case(
        "kortnummer 4111 1111 1111 1111",
        "kortnummer <KORTNUMMER>",
        (KORT, "4111 1111 1111 1111"),
    ),
    case(
        "han betalade med kortet 5555-5555-5555-4444",
        "han betalade med kortet <KORTNUMMER>",
        (KORT, "5555-5555-5555-4444"),
    ),
    # --- several identifiers in one message ------------------------------------
    case(
        "Hej, jag heter Maria Andersson, är 24 år och nås på 0735551234 eller "
        "maria.andersson@outlook.com.",
        "Hej, jag heter <NAMN>, är 24 år och nås på <TELEFONNUMMER> eller <E-POST>.",
        (N, "Maria Andersson"),
        (TEL, "0735551234"),
        (MAIL, "maria.andersson@outlook.com"),
    ),
    case(
        "hej jag e Sara 17 bor på storgatan 5 ring 0701234567",
        "hej jag e <NAMN> 17 bor på <ADRESS> ring <TELEFONNUMMER>",
        (N, "Sara"),
        (ADR, "storgatan 5"),
        (TEL, "0701234567"),
    ),
    case(
        "han heter Jonas o bor på Valhallavägen 20 hans snap e jonas_x",
        "han heter <NAMN> o bor på <ADRESS> hans snap e <ANVÄNDARNAMN>",
        (N, "Jonas"),
        (ADR, "Valhallavägen 20"),
        (USER, "jonas_x"),
    ),
    # --- names only the NER model can find ---------------------------------------
    case(
        "Sara slog mig igår och Ahmed tittade på",
        "<NAMN> slog mig igår och <NAMN> tittade på",
        (N, "Sara"),
        (N, "Ahmed"),
        ner=True,
    ),
    case(
        "Igår träffade jag Johan Svensson på ett hotell.",
        "Igår träffade jag <NAMN> på ett hotell.",
        (N, "Johan Svensson"),
        ner=True,
    ),
    # --- names from the name list, without a cue (many not Swedish) -----------------
    case(
        "Nkechi och jag bor i samma lägenhet",
        "<NAMN> och jag bor i samma lägenhet",
        (N, "Nkechi"),
    ),
    case("jag bodde hos ngozi i två veckor", "jag bodde hos <NAMN> i två veckor", (N, "ngozi")),
    case(
        "igår åkte jag med dragana till Malmö",
        "igår åkte jag med <NAMN> till Malmö",
        (N, "dragana"),
    ),
    case(
        "Iwona sa att vi skulle få jobb på en städfirma",
        "<NAMN> sa att vi skulle få jobb på en städfirma",
        (N, "Iwona"),
    ),
    case(
        "han tvingade mig och kasia att träffa kunder",
        "han tvingade mig och <NAMN> att träffa kunder",
        (N, "kasia"),
    ),
    case(
        "jag skickade pengar till Osas förra veckan",
        "jag skickade pengar till <NAMN> förra veckan",
        (N, "Osas"),
    ),
    case("Abdullahi vet var jag bor", "<NAMN> vet var jag bor", (N, "Abdullahi")),
    case(
        "hodan och faadumo har inte varit i skolan",
        "<NAMN> och <NAMN> har inte varit i skolan",
        (N, "hodan"),
        (N, "faadumo"),
    ),
    case(
        "Nattaya jobbade på massagesalongen med mig",
        "<NAMN> jobbade på massagesalongen med mig",
        (N, "Nattaya"),
    ),
    case("jag litar inte på Somchai", "jag litar inte på <NAMN>", (N, "Somchai")),
    case("fick ett sms från lamin igår", "fick ett sms från <NAMN> igår", (N, "lamin")),
    case("Xiaomei kan ingen svenska", "<NAMN> kan ingen svenska", (N, "Xiaomei")),
    case("jag åt middag med jingjing", "jag åt middag med <NAMN>", (N, "jingjing")),
    case("Tesfaye tog mitt pass", "<NAMN> tog mitt pass", (N, "Tesfaye")),
    case("Mwangi ringer hela tiden", "<NAMN> ringer hela tiden", (N, "Mwangi")),
    case(
        "Razvan och Ionel kör oss till kunderna",
        "<NAMN> och <NAMN> kör oss till kunderna",
        (N, "Razvan"),
        (N, "Ionel"),
    ),
    case("jag saknar oleksandr", "jag saknar <NAMN>", (N, "oleksandr")),
    case(
        "Tuğba sa att hennes kusin också säljer",
        "<NAMN> sa att hennes kusin också säljer",
        (N, "Tuğba"),
    ),
    case("grace sa att hon inte vill längre", "<NAMN> sa att hon inte vill längre", (N, "grace")),
    case("jag bor hos blessing just nu", "jag bor hos <NAMN> just nu", (N, "blessing")),
    case("Rafał Nowak hotade mig", "<NAMN> hotade mig", (N, "Rafał Nowak")),
    case("skicka inte bilderna till camila", "skicka inte bilderna till <NAMN>", (N, "camila")),
    case(
        "jag jobbar ihop med Wanjiku och Achieng",
        "jag jobbar ihop med <NAMN> och <NAMN>",
        (N, "Wanjiku"),
        (N, "Achieng"),
    ),
    case(
        "Khadra säger att hennes pappa inte får veta",
        "<NAMN> säger att hennes pappa inte får veta",
        (N, "Khadra"),
    ),
    case(
        "Ayşe och jag ska till ungdomsmottagningen",
        "<NAMN> och jag ska till ungdomsmottagningen",
        (N, "Ayşe"),
    ),
    case("musa sa att han kunde ordna jobb", "<NAMN> sa att han kunde ordna jobb", (N, "musa")),
    case("Dasha var bara 16 när hon kom hit", "<NAMN> var bara 16 när hon kom hit", (N, "Dasha")),
    # --- negatives: must come back unchanged ---------------------------------------
    case("ring 112"),
    case("Preventell 020-66 77 88"),
    case("BRIS 116 111"),
    case("ring 114 14 om det inte är akut"),
    case("jag ringde 90101 igår"),
    case("1177 sa att jag skulle testa mig"),
    case("Kvinnofridslinjen 020-50 50 50 är öppen dygnet runt"),
    case("brottsofferjouren 116 006"),
    case("jag är 15 år"),
    case("16 år"),
    case("han gav mig 500 kr"),
    case("jag fick 2000 kr och en ny iphone"),
    case("han betalade 10 000 kr för en natt"),
    case("jag säljer sex"),
    case("KAST"),
    case("jag vill prata med Mika"),
    case("kan jag ringa Preventell?"),
    case("Stödcentrum och UMO och Polisen"),
    case("i januari 2024"),
    case("det hände mellan 2019-2024"),
    case("vi ses kl 21.30"),
    case("den 2024-01-15 hände det"),
    case("hon är 16 och han är 45"),
    case("jag heter inte"),
    case("jag e rädd"),
    case("jag e 15"),
    case("jag heter typ"),
    case("vad heter du?"),
    case("det heter sugardejting"),
    case("min snap är hackad"),
    case("han hittade mig på snap"),
    case("vi pratade på insta hela natten"),
    case("jag stod på gatan i två timmar"),
    case("på vägen hem blev jag rädd"),
    case("det kostade 150 kr"),
    case("Jag är trött och ledsen och vet inte vad jag ska göra."),
    # Words, brands and places that look like names from the list (or are left out of it).
    case("jag har en rosa jacka och svarta skor"),
    case("jag har inga pengar kvar"),
    case("jag var sjuk hela dan"),
    case("vi ska sola på stranden imorgon"),
    case("jag pluggar kemi och matte"),
    case("han kör en mercedes"),
    case("hon har släkt i lagos och accra"),
    case("jag köpte en kaffe på lidl"),
    case("vi åkte till bangkok och pattaya"),
    case("han visar bilderna för alla"),
    case("det firas på fredag"),
    case("vi pratade med max tre kunder"),
    case("jag fick 500 lei av honom"),
    case("selam jag behöver hjälp"),
    case("chao vi hörs imorgon"),
    case("jag hämtade ut avin på posten"),
    case("han slog mig på hakan"),
    case("jag köpte en bruna väska"),
    case("amin tack för hjälpen"),
    # === Issue 11: classes that survived or were over-redacted ======================
    # --- phone numbers with odd separators and invisible characters -----------------
    case("ring mig 070_123_45_67", "ring mig <TELEFONNUMMER>", (TEL, "070_123_45_67")),
    case(
        "mitt nr e 073*555*12*34 sms:a bara",
        "mitt nr e <TELEFONNUMMER> sms:a bara",
        (TEL, "073*555*12*34"),
    ),
    case(
        "swisha 072,123,45,67 så kommer jag",
        "swisha <TELEFONNUMMER> så kommer jag",
        (TEL, "072,123,45,67"),
    ),
    case(
        "hans nummer\n070\n123\n45\n67", "hans nummer\n<TELEFONNUMMER>", (TEL, "070\n123\n45\n67")
    ),
    case(
        "0 7 0 - 1 2 3 - 4 5 - 6 7 ring", "<TELEFONNUMMER> ring", (TEL, "0 7 0 - 1 2 3 - 4 5 - 6 7")
    ),
    case("ring 070/ 123 /45 /67", "ring <TELEFONNUMMER>", (TEL, "070/ 123 /45 /67")),
    # Hangul filler, braille blank and a combining joiner look like nothing at all.
    case(
        "ring 070\u3164123\u316445\u316467",
        "ring <TELEFONNUMMER>",
        (TEL, "070\u3164123\u316445\u316467"),
    ),
    case(
        "nr 070\u2800123\u280045\u280067",
        "nr <TELEFONNUMMER>",
        (TEL, "070\u2800123\u280045\u280067"),
    ),
    case(
        "sms 0\u034f7\u034f3 555 12 34",
        "sms <TELEFONNUMMER>",
        (TEL, "0\u034f7\u034f3 555 12 34"),
    ),
    # --- the letter O for zero ---------------------------------------------------------
    case("ring O7O-123 45 67", "ring <TELEFONNUMMER>", (TEL, "O7O-123 45 67")),
    case("mitt nr är o73 555 12 34", "mitt nr är <TELEFONNUMMER>", (TEL, "o73 555 12 34")),
    case("07O1234567 sms:a", "<TELEFONNUMMER> sms:a", (TEL, "07O1234567")),
    case("+46 7O 123 45 67 funkar", "<TELEFONNUMMER> funkar", (TEL, "+46 7O 123 45 67")),
    # --- spelled-out digits ---------------------------------------------------------------
    case(
        "noll sju noll ett två tre fyra fem sex sju",
        "<TELEFONNUMMER>",
        (TEL, "noll sju noll ett två tre fyra fem sex sju"),
    ),
    case(
        "ring mig på noll sju tre, fem fem fem, tolv trettiofyra",
        "ring mig på <TELEFONNUMMER>",
        (TEL, "noll sju tre, fem fem fem, tolv trettiofyra"),
    ),
    case(
        "mitt nr: nolla sjua nolla etta tvåa trea fyra femma sexa sjua",
        "mitt nr: <TELEFONNUMMER>",
        (TEL, "nolla sjua nolla etta tvåa trea fyra femma sexa sjua"),
    ),
    case(
        "hans nr e noll sjuttio ett två tre fyrtiofem sextisju",
        "hans nr e <TELEFONNUMMER>",
        (TEL, "noll sjuttio ett två tre fyrtiofem sextisju"),
    ),
    case("070 ett två tre 45 67 sms", "<TELEFONNUMMER> sms", (TEL, "070 ett två tre 45 67")),
    # --- 7-digit local numbers -------------------------------------------------------------
    case("ring 123 45 67", "ring <TELEFONNUMMER>", (TEL, "123 45 67")),
    case("hemnumret är 555 12 34", "hemnumret är <TELEFONNUMMER>", (TEL, "555 12 34")),
    case("nr 5551234 (hemma)", "nr <TELEFONNUMMER> (hemma)", (TEL, "5551234")),
    case("ring mig på 12 34 567 ikväll", "ring mig på <TELEFONNUMMER> ikväll", (TEL, "12 34 567")),
    case("hans nr: 07O 555 OO 12", "hans nr: <TELEFONNUMMER>", (TEL, "07O 555 OO 12")),
    case("ring 08*555*123*45", "ring <TELEFONNUMMER>", (TEL, "08*555*123*45")),
    case(
        "070 123 45 67 o 073 555 12 34",
        "<TELEFONNUMMER> o <TELEFONNUMMER>",
        (TEL, "070 123 45 67"),
        (TEL, "073 555 12 34"),
    ),
    # --- e-mail with spaces, or "at/på/hos" a provider ------------------------------------
    case("mejla sara @ gmail . com", "mejla <E-POST>", (MAIL, "sara @ gmail . com")),
    case("min mail: kalle.99 @hotmail.se", "min mail: <E-POST>", (MAIL, "kalle.99 @hotmail.se")),
    case("lisa_k@ outlook. com skriv dit", "<E-POST> skriv dit", (MAIL, "lisa_k@ outlook. com")),
    case(
        "anna . lind @ telia . com är min",
        "<E-POST> är min",
        (MAIL, "anna . lind @ telia . com"),
    ),
    case("maila mig sara99 at gmail", "maila mig <E-POST>", (MAIL, "sara99 at gmail")),
    case("min mejl är sarak på gmail", "min mejl är <E-POST>", (MAIL, "sarak på gmail")),
    case(
        "skriv till lisa.k hos hotmail.com",
        "skriv till <E-POST>",
        (MAIL, "lisa.k hos hotmail.com"),
    ),
    case("kittyxo på hotmail funkar", "<E-POST> funkar", (MAIL, "kittyxo på hotmail")),
    # --- handles before the platform word, "snappen är", abbreviations ---------------------
    case("adda kittyxo på snap", "adda <ANVÄNDARNAMN> på snap", (USER, "kittyxo")),
    case(
        "lägg till bella.swe på insta",
        "lägg till <ANVÄNDARNAMN> på insta",
        (USER, "bella.swe"),
    ),
    case(
        "följ sweetlisa02 på tiktok",
        "följ <ANVÄNDARNAMN> på tiktok",
        (USER, "sweetlisa02"),
    ),
    case(
        "kittyxo på snap om du vill prata",
        "<ANVÄNDARNAMN> på snap om du vill prata",
        (USER, "kittyxo"),
    ),
    case("snappen är kittyxo", "snappen är <ANVÄNDARNAMN>", (USER, "kittyxo")),
    case("instan e bella.swe", "instan e <ANVÄNDARNAMN>", (USER, "bella.swe")),
    case("min snapchat är sweetlisa", "min snapchat är <ANVÄNDARNAMN>", (USER, "sweetlisa")),
    case("snap är kittyxo", "snap är <ANVÄNDARNAMN>", (USER, "kittyxo")),
    case("sc: kittyxo", "sc: <ANVÄNDARNAMN>", (USER, "kittyxo")),
    case("ig: bella.swe", "ig: <ANVÄNDARNAMN>", (USER, "bella.swe")),
    case("insta: sweetlisa02", "insta: <ANVÄNDARNAMN>", (USER, "sweetlisa02")),
    case("tt: lisadance hon är 14", "tt: <ANVÄNDARNAMN> hon är 14", (USER, "lisadance")),
    case("mitt snapnamn är kittyxo", "mitt snapnamn är <ANVÄNDARNAMN>", (USER, "kittyxo")),
    case("adda lisa_xo", "adda <ANVÄNDARNAMN>", (USER, "lisa_xo")),
    # --- invite links, personal domains and URLs ----------------------------------------
    case("joina discord.gg/aBc12Xy", "joina <LÄNK>", (LINK, "discord.gg/aBc12Xy")),
    case(
        "gå med: https://chat.whatsapp.com/Gx7kLmN0pQr2",
        "gå med: <LÄNK>",
        (LINK, "https://chat.whatsapp.com/Gx7kLmN0pQr2"),
    ),
    case(
        "t.me/+AbCdEfGh12 där säljer han",
        "<LÄNK> där säljer han",
        (LINK, "t.me/+AbCdEfGh12"),
    ),
    case(
        "han skickade discord.com/invite/kittyxo",
        "han skickade <LÄNK>",
        (LINK, "discord.com/invite/kittyxo"),
    ),
    case("kolla min sida sara-nails.se", "kolla min sida <LÄNK>", (LINK, "sara-nails.se")),
    case("www.kittyxo.com har bilder", "<LÄNK> har bilder", (LINK, "www.kittyxo.com")),
    case("https://linktr.ee/bellaswe", "<LÄNK>", (LINK, "https://linktr.ee/bellaswe")),
    case(
        "hans sajt: sugarsweden-dates.net/profil/4411",
        "hans sajt: <LÄNK>",
        (LINK, "sugarsweden-dates.net/profil/4411"),
    ),
    case(
        "det står här https://www.aftonbladet.se/nyheter/a/Sara-Berg",
        "det står här <LÄNK>",
        (LINK, "https://www.aftonbladet.se/nyheter/a/Sara-Berg"),
    ),
    case("min blogg: lisasliv.blogg.se", "min blogg: <LÄNK>", (LINK, "lisasliv.blogg.se")),
    case("https://bit.ly/3xYzAbC kolla", "<LÄNK> kolla", (LINK, "https://bit.ly/3xYzAbC")),
    # --- street names outside the suffix list; postnummer after the town ----------------
    case("jag bor på Tallkroken 7", "jag bor på <ADRESS>", (ADR, "Tallkroken 7")),
    case("adressen är Solhöjden 12B", "adressen är <ADRESS>", (ADR, "Solhöjden 12B")),
    case(
        "kom hem till mig på Kvarngärdet 4 lgh 1201",
        "kom hem till mig på <ADRESS>",
        (ADR, "Kvarngärdet 4 lgh 1201"),
    ),
    case("han bor på lillängen 3 i Farsta", "han bor på <ADRESS> i Farsta", (ADR, "lillängen 3")),
    case("Stockholm 111 51", "Stockholm <POSTNUMMER>", (POST, "111 51")),
    case("jag bor i Uppsala 753 20", "jag bor i Uppsala <POSTNUMMER>", (POST, "753 20")),
    case("Malmö, 21145", "Malmö, <POSTNUMMER>", (POST, "21145")),
    case("i Boden 961 64 bor jag", "i Boden <POSTNUMMER> bor jag", (POST, "961 64")),
    case("hämta mig på Solrosen 5", "hämta mig på <ADRESS>", (ADR, "Solrosen 5")),
    case("Tyresö 135 40", "Tyresö <POSTNUMMER>", (POST, "135 40")),
    # --- lower-case unknown first names, by context ---------------------------------------
    case("han heter jompa och är 40", "han heter <NAMN> och är 40", (N, "jompa")),
    case("hon heter lollo typ", "hon heter <NAMN> typ", (N, "lollo")),
    case("min kompis heter bibbi", "min kompis heter <NAMN>", (N, "bibbi")),
    case("min kille jompa slog mig", "min kille <NAMN> slog mig", (N, "jompa")),
    case("min kompis lollo säljer också", "min kompis <NAMN> säljer också", (N, "lollo")),
    case("pojkvännen stickan vet inte", "pojkvännen <NAMN> vet inte", (N, "stickan")),
    case(
        "han jompa sa att jag skulle komma",
        "han <NAMN> sa att jag skulle komma",
        (N, "jompa"),
    ),
    case(
        "hon lollo sa att det var lugnt",
        "hon <NAMN> sa att det var lugnt",
        (N, "lollo"),
    ),
    case(
        "han stickan skrev till mig igen",
        "han <NAMN> skrev till mig igen",
        (N, "stickan"),
    ),
    case("mamman heter lollo", "mamman heter <NAMN>", (N, "lollo")),
    # --- Mika the person (not Mikamottagningen) ---------------------------------------------
    case("min kille Mika slog mig igår", "min kille <NAMN> slog mig igår", (N, "Mika")),
    case(
        "min kompis mika tycker jag ska ringa er",
        "min kompis <NAMN> tycker jag ska ringa er",
        (N, "mika"),
    ),
    case(
        "han Mika sa att jag var skyldig honom",
        "han <NAMN> sa att jag var skyldig honom",
        (N, "Mika"),
    ),
    case(
        "pojkvännen Mika vill inte att jag ringer Mikamottagningen",
        "pojkvännen <NAMN> vill inte att jag ringer Mikamottagningen",
        (N, "Mika"),
    ),
    # --- schools, classes and clubs ------------------------------------------------------
    case(
        "jag går i 9B på Vasaskolan",
        "jag går i <KLASS> på <SKOLA>",
        (CLASS, "9B"),
        (SCHOOL, "Vasaskolan"),
    ),
    case(
        "hon går i 8c på rinkebyskolan",
        "hon går i <KLASS> på <SKOLA>",
        (CLASS, "8c"),
        (SCHOOL, "rinkebyskolan"),
    ),
    case("han e lärare på Tallbackaskolan", "han e lärare på <SKOLA>", (SCHOOL, "Tallbackaskolan")),
    case(
        "jag går NA21b på Kungsholmens gymnasium",
        "jag går <KLASS> på <SKOLA>",
        (CLASS, "NA21b"),
        (SCHOOL, "Kungsholmens gymnasium"),
    ),
    case("alla i min klass 7A vet om det", "alla i min klass <KLASS> vet om det", (CLASS, "7A")),
    case("jag spelar i Hammarby F14", "jag spelar i <FÖRENING>", (CLUB, "Hammarby F14")),
    case("han tränar AIK P12", "han tränar <FÖRENING>", (CLUB, "AIK P12")),
    case(
        "vi spelar i IFK Göteborg F09 båda två",
        "vi spelar i <FÖRENING> båda två",
        (CLUB, "IFK Göteborg F09"),
    ),
    case(
        "tränaren i Skuru IK skickar bilder",
        "tränaren i <FÖRENING> skickar bilder",
        (CLUB, "Skuru IK"),
    ),
    case(
        "jag går i 8B på Engelbrektsskolan",
        "jag går i <KLASS> på <SKOLA>",
        (CLASS, "8B"),
        (SCHOOL, "Engelbrektsskolan"),
    ),
    case("vi går i samma klass 9c", "vi går i samma klass <KLASS>", (CLASS, "9c")),
    case(
        "spelar handboll i Skuru IK P09",
        "spelar handboll i <FÖRENING>",
        (CLUB, "Skuru IK P09"),
    ),
    # --- must stay: the new recognizers' near misses --------------------------------------
    case("jag var sju eller åtta år"),
    case("ett två tre kunder per dag"),
    case("hon är sexton och han är fyrtiofem"),
    case("fem sex sju åtta gånger"),
    case("han betalade 1 500 000 kr"),
    case("det hade 1234567 visningar"),
    case("jag har skrivit på gmail"),
    case("skickade det på gmail igår"),
    case("har ni mejl på hotmail?"),
    case("adda mig på snap"),
    case("lägg till honom på snap"),
    case("jag finns på snap"),
    case("vi skrev på insta igår"),
    case("snappen är hackad"),
    case("snap är farligt"),
    case("insta är kul"),
    case("läs mer på umo.se"),
    case("kolla 1177.se eller preventell.se"),
    case("jag hittade er via google.com"),
    case("https://www.1177.se/Stockholm/liv--halsa/"),
    case("jag bor på plan 3"),
    case("vi satt i rum 12 hela natten"),
    case("jag har bott i Solna 2 år"),
    case("kapitel 7 var jobbigt"),
    case("min kille slog mig"),
    case("min kompis tycker att jag ska ringa"),
    case("han alltid sa så"),
    case("han bara sa nej"),
    case("hon typ sa att det var okej"),
    case("min kille är snäll"),
    case("ska jag ringa mika eller kast?"),
    case("jag går på gymnasiet"),
    case("i skolan mobbar dom mig"),
    case("jag gick ut högstadiet i våras"),
    case("jag går i åk 8"),
    case("Hammarby vann igår"),
    case("jag spelar fotboll i parken"),
    case("adda honom"),
    case("adda tillbaka"),
    case("jag hejar på AIK"),
    # Real messages from the NLU and routing sets that the new rules first got wrong.
    case("en kille på snap swishar mig för bilder"),
    case("men på hennes insta står det 16"),
    case("jag e 15 o säljer nakisar på snap"),
    case("vad e bästa skinet i fortnite"),
    case("min kusin förgrep sig på mig när vi var små"),
    case("min man misstänks för köp av sexuell tjänst"),
    case("min kompis storebror fixar kunder åt mig"),
    case("tack ❤️ du e guld"),
    # --- over-redaction of ordinary words and service words -----------------------------
    case("jag går i nian och är 15"),
    case("jag går i nian"),
    case("Jag är Kristen och mina föräldrar är stränga"),
    case("Han är Muslim och får inte veta"),
    case("Jag är Ateist men min familj är Katolsk"),
    case("Hon är Buddhist"),
    case("Kan Uppsökaren ringa mig ikväll?"),
    case("Jag vill prata med en Uppsökare"),
    case("Kan Socialsekreteraren se det här?"),
    case("HJÄLP jag vet inte vad jag ska göra"),
    case("HJÄLP MIG"),
    case("SNÄLLA svara"),
    case("Är det Gratis att prata med er?"),
    case("Får jag vara Anonym?"),
    case("Det är Viktigt"),
    case("jag jobbar på ICA Maxi i helgerna"),
    case("vi handlade på Coop Forum"),
    case("jag jobbar på ICA Kvantum"),
    case("jag bodde på ett HVB-hem förut"),
    case("hon bor på ett SiS-hem"),
    case("jag var placerad på ett LVU-boende"),
    case("kolla https://www.umo.se/Kropp-och-sex/Sex-mot-ersattning/"),
    case("på https://mikamottagningen.se/Kontakt/ står det"),
    case("Jag är Ortodox och familjen vet inte"),
    case("Är det Anonymt?"),
    case("jag jobbar på ICA Nära"),
    case("HJÄLP HAN SLÅR MIG"),
    case("Hej, jag arbetar på ett HVB-hem för ungdomar."),
)

# Names in free text, without a cue: for `bot.scrub.metrics` only, not asserted.
# The first group was written while building the name list; the second
# ("blind") was written afterwards and never tuned against, so its recall is
# the honest figure for names the recognizers have not seen.
FREE_TEXT_NAMES: tuple[Case, ...] = (
    case("Sara slog mig igår och Ahmed tittade på", "", (N, "Sara"), (N, "Ahmed")),
    case("Emma sa att det var okej", "", (N, "Emma")),
    case("igår ringde Patrik igen och ville ses", "", (N, "Patrik")),
    case("Jag träffade Mohammed på tåget.", "", (N, "Mohammed")),
    case("Min handläggare Karin Ek på soc vet om det", "", (N, "Karin Ek")),
    case("Niklas och Tobias betalade mig", "", (N, "Niklas"), (N, "Tobias")),
    case("sen kom Leila och hämtade mig", "", (N, "Leila")),
    case("Det var Jonas som tog bilderna.", "", (N, "Jonas")),
    case("jag litar på Fredrik", "", (N, "Fredrik")),
    case("Fatima säger att jag borde ringa er", "", (N, "Fatima")),
    case("Andreas Nilsson köper sex av tjejer i min klass", "", (N, "Andreas Nilsson")),
    case("jag vill inte att Linnea ska veta", "", (N, "Linnea")),
)
BLIND_FREE_TEXT_NAMES: tuple[Case, ...] = (
    case("Oksana bor hos mig sen i våras", "", (N, "Oksana")),
    case("jag och wiktoria säljer ihop", "", (N, "wiktoria")),
    case("Siriporn kom hit från Thailand förra året", "", (N, "Siriporn")),
    case("han sa att Gabriela var skyldig honom pengar", "", (N, "Gabriela")),
    case("det var Najib som ordnade kunderna", "", (N, "Najib")),
    case("Senait vågar inte gå ut", "", (N, "Senait")),
    case("kompisen Diana tycker jag ska ringa", "", (N, "Diana")),
    case("chioma har inga papper", "", (N, "chioma")),
    case("Igår skrev Rosa att hon var rädd", "", (N, "Rosa")),
    case("jag tror Hampus filmade oss", "", (N, "Hampus")),
    case("Ewa och jag jobbade på samma massagesalong", "", (N, "Ewa")),
    case("Mulugeta tog våra pass", "", (N, "Mulugeta")),
    case("jag saknar Nadja", "", (N, "Nadja")),
    case("Torbjörn betalar bra sa han", "", (N, "Torbjörn")),
    case("ploy svarar inte i telefon", "", (N, "ploy")),
    case("Sofi vet allt", "", (N, "Sofi")),
    case("han heter nåt som Dusan", "", (N, "Dusan")),
    case("Gunilla på soc var snäll", "", (N, "Gunilla")),
    case("min bror Rashid vet inte", "", (N, "Rashid")),
    case("Vi träffade Kristóf och Bence på hotellet.", "", (N, "Kristóf"), (N, "Bence")),
    # Sentences with capitalised words that are not names (must stay).
    case("Jag har bott i Sverige i tre år och pratar lite Engelska."),
    case("Vi brukade ses vid Hötorget på kvällarna."),
    case("Han tog med mig till en lägenhet i Hallunda."),
    case("Jag jobbar natt på Pressbyrån."),
    case("Han sa att han var från Migrationsverket."),
    case("Jag fick en Swish från honom på 800."),
    case("Vi pratade på Messenger och sen Telegram."),
    case("Min mamma bor kvar i Nigeria."),
    case("Jag har ett möte med Arbetsförmedlingen på tisdag."),
    case("Han betalade med Klarna."),
    case("Jag såg annonsen på Marketplace."),
    case("Det hände under Pride förra sommaren."),
    case("Jag gick på Komvux förut."),
    case("Vi åkte Uber hem till honom."),
    case("Han jobbar som chef på Ikea."),
    case("Hon har en Onlyfans och tjänar bra."),
    case("Han ville att jag skulle ta med Viagra."),
    case("Vi möttes på Kungsträdgården."),
    case("Jag läser Biologi och Matte."),
    case("Han sa att hans kompisar på Östermalm också köper."),
)

# Issue 11's classes in wording the recognizers were never tuned on: written
# after the fixes and measured once, for `bot.scrub.metrics` only (not asserted).
BLIND_ISSUE_11: tuple[Case, ...] = (
    case("min mobil: 0 7 6 - 4 4 4 - 3 2 - 1 0", "", (TEL, "0 7 6 - 4 4 4 - 3 2 - 1 0")),
    case("sms 072•888•11•22 efter 20", "", (TEL, "072•888•11•22")),
    case("ring O73-222 33 44 om han kommer", "", (TEL, "O73-222 33 44")),
    case(
        "nummer: noll sju nio, åtta åtta åtta, noll noll, ett ett",
        "",
        (TEL, "noll sju nio, åtta åtta åtta, noll noll, ett ett"),
    ),
    case("hemma: 431 22 10", "", (TEL, "431 22 10")),
    case("031_555_44_33 är hans jobbnummer", "", (TEL, "031_555_44_33")),
    case("mejla mig: jonna.k @ icloud . com", "", (MAIL, "jonna.k @ icloud . com")),
    case("hans mail e pelle88 at hotmail.com", "", (MAIL, "pelle88 at hotmail.com")),
    case("skicka till amira_s hos gmail", "", (MAIL, "amira_s hos gmail")),
    case("lägg till mig på snap, jag heter prinsessan.x där", "", (USER, "prinsessan.x")),
    case("följ bellis_03 på insta", "", (USER, "bellis_03")),
    case("snapen e: tindraaa", "", (USER, "tindraaa")),
    case("ig = emmi.lu", "", (USER, "emmi.lu")),
    case(
        "han skickade en länk https://t.me/joinchat/AAAAAEx7",
        "",
        (LINK, "https://t.me/joinchat/AAAAAEx7"),
    ),
    case("min sida www.bellasnaglar.se", "", (LINK, "www.bellasnaglar.se")),
    case("joina servern discord.gg/h4ck3rz", "", (LINK, "discord.gg/h4ck3rz")),
    case("jag bor på Granbacken 12 i Farsta", "", (ADR, "Granbacken 12")),
    case("adressen: Lövsångaregränd 4", "", (ADR, "Lövsångaregränd 4")),
    case("hon bor på Myrstigen 9", "", (ADR, "Myrstigen 9")),
    case("Huddinge 141 52", "", (POST, "141 52")),
    case("min kompis nippe säljer också", "", (N, "nippe")),
    case("han heter zoltan och är 50", "", (N, "zoltan")),
    case("hon majsan sa att jag fick sova där", "", (N, "majsan")),
    case("min ex Mika hotar mig", "", (N, "Mika")),
    case("vi går i 7C på Ekbackeskolan", "", (CLASS, "7C"), (SCHOOL, "Ekbackeskolan")),
    case("min dotter går på Söderholmsskolan", "", (SCHOOL, "Söderholmsskolan")),
    case("hon spelar i Djurgården F13", "", (CLUB, "Djurgården F13")),
    case("tränaren i Täby FK skickar meddelanden", "", (CLUB, "Täby FK")),
    # Must stay.
    case("hon är sjutton och han är fyrtio"),
    case("jag har varit där tre fyra gånger"),
    case("han finns på snap och insta"),
    case("snappen funkar inte"),
    case("kolla umo.se eller 1177.se"),
    case("jag går i åttan"),
    case("min kille sa att han ska sluta"),
    case("Jag är Katolik men jag tror inte på allt"),
    case("Vi bodde på Familjehemmet förut"),
    case("Kan Kuratorn se vad jag skriver här?"),
    case("jag jobbar på Coop Extra"),
    case("han bor på plan 4 i huset"),
)
