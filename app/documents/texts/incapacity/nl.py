"""De zinnen van de arbeidsongeschiktheidsformulieren in het Nederlands, per sleutel (dezelfde in
elke taal).

Woorden die de andere documenten delen (rijksregisternummer, adres, handtekening…) komen uit
app/documents/texts/nl.py.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title_certificate_employee": "Getuigschrift van arbeidsongeschiktheid",
    "subtitle_certificate_employee": (
        "Arbeiders, bedienden en werklozen · voor de adviserend arts"
    ),
    "title_certificate_self_employed": "Getuigschrift van arbeidsongeschiktheid",
    "subtitle_certificate_self_employed": "Zelfstandigen · voor de adviserend arts",
    "title_secondary_activity": "Aangifte van een zelfstandige activiteit in bijberoep",
    "subtitle_secondary_activity": "Tijdens een arbeidsongeschiktheid · voor de adviserend arts",
    "title_return_employee": "Werkhervatting",
    "subtitle_return_employee": "Arbeiders, bedienden en werklozen",
    "title_return_self_employed": "Werkhervatting",
    "subtitle_return_self_employed": "Zelfstandigen",
    "title_resumption_employee": "Aanvraag tot gedeeltelijke werkhervatting",
    "subtitle_resumption_employee": (
        "Toegelaten arbeid tijdens een arbeidsongeschiktheid · arbeiders, bedienden en werklozen"
    ),
    "title_resumption_self_employed": "Aanvraag tot gedeeltelijke hervatting van de activiteit",
    "subtitle_resumption_self_employed": (
        "Toegelaten activiteit tijdens een arbeidsongeschiktheid · zelfstandigen"
    ),
    "title_voluntary_work": "Aanvraag om vrijwilligerswerk te doen",
    "subtitle_voluntary_work": "Tijdens een arbeidsongeschiktheid · voor de adviserend arts",
    "send_to": ("Stuur dit formulier naar de adviserend arts, in uw kantoor: {agency}, {address}."),
    "section_member": "Het lid",
    "federation": "Federatie",
    "agency": "Uw kantoor",
    "work_status": "Beroepsstatuut",
    "status_worker": "arbeider",
    "status_employee": "bediende",
    "status_unemployed": "werkloze",
    "status_self_employed": "zelfstandige",
    "incapacity_since": "Arbeidsongeschikt sinds",
    "date_letters": "DDMMJJJJ",
    "yes": "ja",
    "no": "nee",
    "section_member_part": "In te vullen door het lid",
    "employer_or_fund": (
        "Werkgever (naam en adres) of, als u werkloos bent, uw uitbetalingsinstelling voor de "
        "werkloosheidsuitkering"
    ),
    "last_day_worked": "Laatste werkdag",
    "accident_question": "Is uw arbeidsongeschiktheid het gevolg van een ongeval?",
    "accident_work": "ja, een arbeidsongeval of een ongeval op weg naar het werk",
    "accident_other": "ja, een ander ongeval (iemand anders kan aansprakelijk zijn)",
    "activity": "Uw zelfstandige activiteit (wat u doet)",
    "enterprise_number": "Ondernemingsnummer",
    "social_fund": "Sociaal verzekeringsfonds voor zelfstandigen",
    "activity_stopped_on": "Activiteit stopgezet op",
    "activity_continued": "Zet iemand uw activiteit voort tijdens uw arbeidsongeschiktheid?",
    "continued_by": "Zo ja, wie (echtgeno(o)t(e), partner, werknemer)?",
    "section_doctor": "Vertrouwelijk · in te vullen door de arts, voor de adviserend arts",
    "doctor_note": (
        "Dit deel bevat medische gegevens: stuur het getuigschrift in een omslag gericht aan "
        "de adviserend arts, met de vermelding „Vertrouwelijk”."
    ),
    "diagnosis": "Diagnose",
    "incapacity_from": "Arbeidsongeschikt vanaf",
    "incapacity_until": "Tot en met (vermoedelijke einddatum, verplicht)",
    "hospitalised": "Opgenomen in het ziekenhuis?",
    "hospitalised_from": "Zo ja, opgenomen op",
    "may_go_out": "Mag de patiënt de woning verlaten?",
    "cause": "De arbeidsongeschiktheid is het gevolg van",
    "cause_illness": "een ziekte",
    "cause_accident": "een ongeval",
    "cause_pregnancy": "een ziekte door de zwangerschap",
    "doctor_name": "Naam en RIZIV-nummer van de arts",
    "doctor_address": "Adres van de arts",
    "doctor_signature": "Datum, handtekening en stempel van de arts",
    "member_signature": "Datum en handtekening van het lid",
    "section_activity": "Uw zelfstandige activiteit in bijberoep",
    "activity_since": "Uitgeoefend sinds",
    "activity_hours": "Uren per week",
    "activity_income": "Verwacht inkomen per jaar (€)",
    "activity_before": "Oefende u deze activiteit uit vóór uw arbeidsongeschiktheid?",
    "activity_during": "Wilt u ze voortzetten tijdens uw arbeidsongeschiktheid?",
    "section_return": "Uw hervatting",
    "return_as": "Ik hervat",
    "return_work": "het werk",
    "return_unemployment": "als werkloze (werkzoekende)",
    "return_on": "Datum van hervatting (eerste dag van werk of werkloosheid)",
    "return_employer": (
        "Werkgever, of uitbetalingsinstelling voor de werkloosheidsuitkering (naam en adres)"
    ),
    "return_activity": "Ik hervat mijn zelfstandige activiteit",
    "return_fully": "volledig",
    "return_partly": "gedeeltelijk (vraag het aan met het formulier gedeeltelijke hervatting)",
    "return_last_day": "Uw arbeidsongeschiktheid eindigt op de dag vóór deze datum.",
    "section_request": "De aanvraag",
    "starts_on": "Eerste werkdag",
    "employer": "Werkgever (naam en adres)",
    "resumed_activity": "De activiteit die u hervat (wat u doet)",
    "work_hours": "Gewerkte uren per week",
    "reference_hours": "Uren per week van een voltijdse werknemer in dezelfde functie",
    "reference_hours_self_employed": "Uw gewone uren per week vóór de arbeidsongeschiktheid",
    "work_fraction": "Deel van een voltijdse betrekking",
    "job_description": "Het werk dat u zult doen, en het uurrooster",
    "expected_cut": "Verwachte vermindering van uw uitkering",
    "request_declaration": (
        "Ik vraag de adviserend arts deze gedeeltelijke hervatting tijdens mijn "
        "arbeidsongeschiktheid toe te staan."
    ),
    "section_voluntary": "Het vrijwilligerswerk",
    "organisation": "Organisatie (naam en adres)",
    "voluntary_what": "Wat u zult doen",
    "voluntary_starts_on": "Begindatum",
    "voluntary_hours": "Uren per week",
    "voluntary_allowance": "Vergoeding",
    "allowance_none": "geen",
    "allowance_flat": "forfaitaire kosten",
    "allowance_actual": "werkelijke kosten",
    "voluntary_declaration": (
        "Ik vraag de adviserend arts dit vrijwilligerswerk tijdens mijn arbeidsongeschiktheid "
        "toe te staan."
    ),
    "section_declaration": "Verklaring",
    "section_rules": "Wat de regels zeggen",
    "rule_declaration_intro": (
        "Uw getuigschrift moet de adviserend arts bereiken binnen zoveel kalenderdagen na de "
        "eerste dag van arbeidsongeschiktheid:"
    ),
    "rule_declaration_counted": "{status}: {days} dagen, de eerste dag meegeteld;",
    "rule_declaration_not_counted": "{status}: {days} dagen, de eerste dag niet meegeteld;",
    "rule_declaration_yours": (
        "Voor uw arbeidsongeschiktheid sinds {start}: uiterlijk op {deadline}."
    ),
    "rule_next_working_day": (
        "Een termijn die op een zaterdag, een zondag of een feestdag eindigt, schuift op naar "
        "de volgende werkdag."
    ),
    "rule_prolongation": (
        "Duurt uw arbeidsongeschiktheid langer, dan moet een nieuw getuigschrift beginnen op "
        "de dag na het einde van het vorige, elke kalenderdag dekken en ons bereiken binnen "
        "{hours} uur na de laatste dag van het vorige."
    ),
    "rule_late": (
        "Een getuigschrift dat te laat aankomt, kost u {rate} van uw uitkering vanaf de eerste "
        "vergoede dag tot de dag waarop het aankomt."
    ),
    "rule_grace_one": (
        "Zelfstandigen: één keer per arbeidsongeschiktheid kost een getuigschrift dat ten "
        "hoogste {months} maand te laat is niets."
    ),
    "rule_grace_many": (
        "Zelfstandigen: één keer per arbeidsongeschiktheid kost een getuigschrift dat ten "
        "hoogste {months} maanden te laat is niets."
    ),
    "rule_electronic": (
        "Stuurt uw arts het getuigschrift elektronisch naar ons, dan stuurt u het niet op "
        "papier. Een elektronisch getuigschrift dekt ten hoogste {months} maanden."
    ),
    "rule_relapse": (
        "Wordt u opnieuw ziek binnen {days} dagen na de hervatting (eerste jaar van "
        "arbeidsongeschiktheid), of binnen {months} maanden (invaliditeit), dan is dat een "
        "herval: stuur een getuigschrift binnen {hours} uur."
    ),
    "rule_return_notice": "Stuur dit formulier binnen {days} dagen na de datum van hervatting.",
    "rule_return_early": (
        "Hervat u vóór de einddatum op uw getuigschrift, dan wordt de uitkering voor de "
        "gewerkte dagen teruggevorderd."
    ),
    "rule_activity": (
        "Elke activiteit tijdens een arbeidsongeschiktheid vraagt de toestemming van de "
        "adviserend arts; zonder die toestemming werken kan u de betaalde uitkering kosten."
    ),
    "rule_resumption_deadline_one": (
        "De aanvraag moet de adviserend arts uiterlijk {days} werkdag vóór de eerste werkdag "
        "bereiken."
    ),
    "rule_resumption_deadline_many": (
        "De aanvraag moet de adviserend arts uiterlijk {days} werkdagen vóór de eerste werkdag "
        "bereiken."
    ),
    "rule_activity_deadline_one": (
        "Deze aangifte moet de adviserend arts uiterlijk {days} werkdag vóór de voortzetting "
        "van de activiteit tijdens uw arbeidsongeschiktheid bereiken."
    ),
    "rule_activity_deadline_many": (
        "Deze aangifte moet de adviserend arts uiterlijk {days} werkdagen vóór de voortzetting "
        "van de activiteit tijdens uw arbeidsongeschiktheid bereiken."
    ),
    "rule_resumption_yours": "Voor een hervatting op {start}: uiterlijk op {deadline}.",
    "rule_resumption_late": (
        "Komt ze later aan, maar binnen {days} dagen na de start, dan wordt uw uitkering met "
        "{rate} verminderd vanaf de start tot de dag van verzending; nog later krijgt u geen "
        "uitkering vanaf de start."
    ),
    "rule_resumption_cut": (
        "Tijdens het deeltijds werk wordt uw uitkering verminderd met het deel van een "
        "voltijdse betrekking dat u werkt, min {free}: halftijds, {example}."
    ),
    "rule_resumption_employee_start": (
        "U mag beginnen vóór de beslissing van de adviserend arts; weigert die, dan moet u "
        "meteen stoppen."
    ),
    "rule_resumption_self_employed_start": (
        "U mag pas beginnen zodra de adviserend arts het heeft toegestaan."
    ),
    "rule_resumption_max": (
        "Een toelating geldt ten hoogste {months} maanden: vraag ze opnieuw aan vóór ze afloopt."
    ),
    "rule_voluntary": (
        "Vrijwilligerswerk tijdens een arbeidsongeschiktheid vraagt de toestemming van de "
        "adviserend arts vóór u begint: stuur deze aanvraag tijdig."
    ),
}
