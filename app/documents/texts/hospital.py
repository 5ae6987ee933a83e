"""The sentences of the hospital stay's summary (issue 16 item 3), in the four languages, by key
(the keys are the same in every language; a missing one is a test failure).

Kept apart from the documents' common sentences (app/documents/texts/fr.py, …) so that no
language module grows past its size; `text(language, key)` looks here first, then there.
"""

from __future__ import annotations

from app.documents import texts as common

FR: dict[str, str] = {
    "title": "Préparer une hospitalisation",
    "subtitle": "Mon dossier est-il en ordre ? · estimation de la quote-part personnelle par jour",
    "patient": "Patient",
    "admission": "Admission prévue",
    "nights": "Nuits",
    "discharge": "Sortie prévue",
    "section_checks": "Mon dossier est-il en ordre ?",
    "all_in_order": "Votre dossier est en ordre pour ce séjour.",
    "not_in_order": "Avant l'admission, réglez les points marqués « À faire ».",
    "ok": "✔ En ordre",
    "todo": "✖ À faire",
    "item_cover": "Couverture pendant le séjour",
    "item_contributions": "Cotisations",
    "item_accidents": "Déclarations d'accident",
    "item_insurability": "Assurabilité",
    "reason_covered": "Vous êtes assuré chaque jour du séjour.",
    "reason_no_cover": (
        "Vous n'êtes pas assuré le jour de l'admission. Passez au guichet avant l'admission "
        "pour mettre votre assurabilité en ordre."
    ),
    "reason_cover_ends": (
        "Votre couverture s'arrête le {day}, avant la fin du séjour. Passez au guichet avant "
        "l'admission pour mettre votre assurabilité en ordre."
    ),
    "reason_paid": "Toutes les cotisations dues avant l'admission sont payées.",
    "reason_unpaid": (
        "Des cotisations dues avant l'admission ne sont pas payées : {amount} (la plus "
        "ancienne échue le {day}). Payez-les avant l'admission, ou passez au guichet."
    ),
    "reason_not_blocked": "Aucune déclaration d'accident ne bloque votre dossier.",
    "reason_blocked": (
        "Une déclaration d'accident n'a pas été renvoyée : le dossier de votre famille est "
        "bloqué depuis le {day} et les remboursements sont suspendus. Renvoyez la déclaration, "
        "ou contactez le service Accidents."
    ),
    "reason_active": "Vous êtes membre actif de la mutualité.",
    "reason_left": (
        "Vous quittez la mutualité le {day} : elle ne couvre pas ce séjour. Passez au guichet."
    ),
    "reason_left_undated": (
        "Vous avez quitté la mutualité : elle ne couvre pas ce séjour. Passez au guichet."
    ),
    "reason_mutation_pending": (
        "Votre arrivée à la mutualité ne prend pas encore effet : jusque-là, votre organisme "
        "actuel vous couvre. Renseignez-vous au guichet."
    ),
    "reason_deceased": "Ce dossier est clôturé. Passez au guichet.",
    "section_estimate": "Votre quote-part personnelle estimée",
    "your_category": "Votre catégorie : {category}",
    "category_ordinary": "assuré ordinaire",
    "category_ordinary_family": "assuré ordinaire avec personnes à charge",
    "category_bim": "intervention majorée (BIM)",
    "category_dependant": "personne à charge",
    "col_stay_days": "Jours du séjour",
    "col_days": "Jours",
    "col_daily": "Par jour",
    "col_amount": "Montant",
    "band_day": "jour {first}",
    "band_days": "jours {first} à {last}",
    "estimate_total": "Total estimé",
    "section_categories": "Quote-part par jour selon la catégorie",
    "col_category": "Catégorie",
    "col_day1": "Jour 1",
    "col_day2": "À partir du jour 2",
    "col_long": "À partir du jour {day}",
    "you": "(vous)",
    "figures_from": "Montants en vigueur depuis le {date} (source : {source}).",
    "estimate_note": (
        "Ceci estime la seule quote-part par jour : l'hôpital facture aussi les médicaments, "
        "les implants et les suppléments éventuels. Une journée en hôpital de jour ne coûte "
        "pas de quote-part par jour."
    ),
    "section_rooms": "Les chambres et les suppléments",
    "room_shared": "Chambre commune (trois lits ou plus)",
    "room_two_bed": "Chambre à deux lits",
    "room_single": "Chambre individuelle choisie",
    "rule_none": "Pas de supplément de chambre ni de suppléments d'honoraires, quel que soit le "
    "médecin.",
    "rule_single": (
        "Supplément de chambre, et suppléments d'honoraires jusqu'au pourcentage que l'hôpital "
        "indique dans sa déclaration d'admission : lisez-la avant de la signer."
    ),
    "exceptions_intro": "Aucun supplément, même en chambre individuelle :",
    "case_medical_need": "quand votre état de santé l'exige ;",
    "case_no_other_bed": "quand le service l'impose ou qu'aucun lit en chambre commune ou à "
    "deux lits n'est libre ;",
    "case_intensive_or_emergency": "aux soins intensifs et lors d'une admission en urgence ;",
    "case_child_with_parent": (
        "pour un enfant hospitalisé avec un parent, sans demande signée de chambre individuelle."
    ),
}

NL: dict[str, str] = {
    "title": "Een ziekenhuisopname voorbereiden",
    "subtitle": "Is mijn dossier in orde? · raming van het persoonlijk aandeel per dag",
    "patient": "Patiënt",
    "admission": "Geplande opname",
    "nights": "Nachten",
    "discharge": "Gepland ontslag",
    "section_checks": "Is mijn dossier in orde?",
    "all_in_order": "Uw dossier is in orde voor deze opname.",
    "not_in_order": "Regel vóór de opname de punten die 'Te doen' zijn.",
    "ok": "✔ In orde",
    "todo": "✖ Te doen",
    "item_cover": "Dekking tijdens de opname",
    "item_contributions": "Bijdragen",
    "item_accidents": "Ongevalsaangiften",
    "item_insurability": "Verzekerbaarheid",
    "reason_covered": "U bent elke dag van de opname verzekerd.",
    "reason_no_cover": (
        "U bent op de dag van de opname niet verzekerd. Kom vóór de opname naar het loket om "
        "uw verzekerbaarheid in orde te brengen."
    ),
    "reason_cover_ends": (
        "Uw dekking stopt op {day}, vóór het einde van de opname. Kom vóór de opname naar het "
        "loket om uw verzekerbaarheid in orde te brengen."
    ),
    "reason_paid": "Alle bijdragen die vóór de opname vervallen, zijn betaald.",
    "reason_unpaid": (
        "Bijdragen die vóór de opname vervallen, zijn niet betaald: {amount} (de oudste "
        "vervallen op {day}). Betaal ze vóór de opname, of kom naar het loket."
    ),
    "reason_not_blocked": "Geen enkele ongevalsaangifte blokkeert uw dossier.",
    "reason_blocked": (
        "Een ongevalsaangifte werd niet teruggestuurd: het dossier van uw gezin is geblokkeerd "
        "sinds {day} en de terugbetalingen worden vastgehouden. Stuur de aangifte terug, of "
        "neem contact op met de dienst Ongevallen."
    ),
    "reason_active": "U bent actief lid van het ziekenfonds.",
    "reason_left": (
        "U verlaat het ziekenfonds op {day}: het dekt deze opname niet. Kom naar het loket."
    ),
    "reason_left_undated": (
        "U hebt het ziekenfonds verlaten: het dekt deze opname niet. Kom naar het loket."
    ),
    "reason_mutation_pending": (
        "Uw overstap naar het ziekenfonds gaat nog niet in: tot dan dekt uw huidige "
        "verzekeringsinstelling u. Vraag het aan het loket."
    ),
    "reason_deceased": "Dit dossier is afgesloten. Kom naar het loket.",
    "section_estimate": "Uw geraamd persoonlijk aandeel",
    "your_category": "Uw categorie: {category}",
    "category_ordinary": "gewoon verzekerde",
    "category_ordinary_family": "gewoon verzekerde met personen ten laste",
    "category_bim": "verhoogde tegemoetkoming (VT)",
    "category_dependant": "persoon ten laste",
    "col_stay_days": "Dagen van de opname",
    "col_days": "Dagen",
    "col_daily": "Per dag",
    "col_amount": "Bedrag",
    "band_day": "dag {first}",
    "band_days": "dagen {first} tot {last}",
    "estimate_total": "Geraamd totaal",
    "section_categories": "Persoonlijk aandeel per dag volgens de categorie",
    "col_category": "Categorie",
    "col_day1": "Dag 1",
    "col_day2": "Vanaf dag 2",
    "col_long": "Vanaf dag {day}",
    "you": "(u)",
    "figures_from": "Bedragen van kracht sinds {date} (bron: {source}).",
    "estimate_note": (
        "Dit raamt alleen het persoonlijk aandeel per dag: het ziekenhuis rekent ook "
        "geneesmiddelen, implantaten en eventuele supplementen aan. Een dag in het "
        "dagziekenhuis kost geen persoonlijk aandeel per dag."
    ),
    "section_rooms": "De kamers en de supplementen",
    "room_shared": "Gemeenschappelijke kamer (drie bedden of meer)",
    "room_two_bed": "Tweepersoonskamer",
    "room_single": "Gekozen eenpersoonskamer",
    "rule_none": "Geen kamersupplement en geen ereloonsupplementen, welke arts ook.",
    "rule_single": (
        "Kamersupplement, en ereloonsupplementen tot het percentage dat het ziekenhuis in zijn "
        "opnameverklaring vermeldt: lees ze voor u tekent."
    ),
    "exceptions_intro": "Geen enkel supplement, ook niet in een eenpersoonskamer:",
    "case_medical_need": "als uw gezondheidstoestand het vereist;",
    "case_no_other_bed": "als de dienst het oplegt of er geen bed vrij is in een "
    "gemeenschappelijke of tweepersoonskamer;",
    "case_intensive_or_emergency": "op intensieve zorg en bij een dringende opname;",
    "case_child_with_parent": (
        "voor een kind dat met een ouder wordt opgenomen, zonder ondertekende aanvraag voor "
        "een eenpersoonskamer."
    ),
}

DE: dict[str, str] = {
    "title": "Krankenhausaufenthalt vorbereiten",
    "subtitle": "Ist meine Akte in Ordnung? · Schätzung des Eigenanteils pro Tag",
    "patient": "Patient",
    "admission": "Geplante Aufnahme",
    "nights": "Nächte",
    "discharge": "Geplante Entlassung",
    "section_checks": "Ist meine Akte in Ordnung?",
    "all_in_order": "Ihre Akte ist für diesen Aufenthalt in Ordnung.",
    "not_in_order": "Regeln Sie vor der Aufnahme die Punkte „Zu erledigen“.",
    "ok": "✔ In Ordnung",
    "todo": "✖ Zu erledigen",
    "item_cover": "Versicherungsschutz während des Aufenthalts",
    "item_contributions": "Beiträge",
    "item_accidents": "Unfallerklärungen",
    "item_insurability": "Versicherbarkeit",
    "reason_covered": "Sie sind an jedem Tag des Aufenthalts versichert.",
    "reason_no_cover": (
        "Sie sind am Tag der Aufnahme nicht versichert. Kommen Sie vor der Aufnahme an den "
        "Schalter, um Ihre Versicherbarkeit in Ordnung zu bringen."
    ),
    "reason_cover_ends": (
        "Ihr Versicherungsschutz endet am {day}, vor dem Ende des Aufenthalts. Kommen Sie vor "
        "der Aufnahme an den Schalter, um Ihre Versicherbarkeit in Ordnung zu bringen."
    ),
    "reason_paid": "Alle vor der Aufnahme fälligen Beiträge sind bezahlt.",
    "reason_unpaid": (
        "Vor der Aufnahme fällige Beiträge sind nicht bezahlt: {amount} (der älteste fällig "
        "am {day}). Bezahlen Sie sie vor der Aufnahme, oder kommen Sie an den Schalter."
    ),
    "reason_not_blocked": "Keine Unfallerklärung blockiert Ihre Akte.",
    "reason_blocked": (
        "Eine Unfallerklärung wurde nicht zurückgeschickt: Die Akte Ihrer Familie ist seit dem "
        "{day} gesperrt, die Erstattungen werden zurückgehalten. Schicken Sie die Erklärung "
        "zurück, oder wenden Sie sich an den Unfalldienst."
    ),
    "reason_active": "Sie sind aktives Mitglied der Krankenkasse.",
    "reason_left": (
        "Sie verlassen die Krankenkasse am {day}: Sie deckt diesen Aufenthalt nicht. Kommen "
        "Sie an den Schalter."
    ),
    "reason_left_undated": (
        "Sie haben die Krankenkasse verlassen: Sie deckt diesen Aufenthalt nicht. Kommen Sie "
        "an den Schalter."
    ),
    "reason_mutation_pending": (
        "Ihr Wechsel zur Krankenkasse wird noch nicht wirksam: Bis dahin deckt Sie Ihre "
        "jetzige Kasse. Fragen Sie am Schalter nach."
    ),
    "reason_deceased": "Diese Akte ist abgeschlossen. Kommen Sie an den Schalter.",
    "section_estimate": "Ihr geschätzter Eigenanteil",
    "your_category": "Ihre Kategorie: {category}",
    "category_ordinary": "normal Versicherter",
    "category_ordinary_family": "normal Versicherter mit Personen zu Lasten",
    "category_bim": "erhöhte Kostenerstattung (BIM)",
    "category_dependant": "Person zu Lasten",
    "col_stay_days": "Tage des Aufenthalts",
    "col_days": "Tage",
    "col_daily": "Pro Tag",
    "col_amount": "Betrag",
    "band_day": "Tag {first}",
    "band_days": "Tage {first} bis {last}",
    "estimate_total": "Geschätzte Summe",
    "section_categories": "Eigenanteil pro Tag nach Kategorie",
    "col_category": "Kategorie",
    "col_day1": "Tag 1",
    "col_day2": "Ab Tag 2",
    "col_long": "Ab Tag {day}",
    "you": "(Sie)",
    "figures_from": "Beträge gültig seit dem {date} (Quelle: {source}).",
    "estimate_note": (
        "Geschätzt wird nur der Eigenanteil pro Tag: Das Krankenhaus berechnet auch "
        "Arzneimittel, Implantate und etwaige Zuschläge. Ein Tag in der Tagesklinik kostet "
        "keinen Eigenanteil pro Tag."
    ),
    "section_rooms": "Die Zimmer und die Zuschläge",
    "room_shared": "Mehrbettzimmer (drei Betten oder mehr)",
    "room_two_bed": "Zweibettzimmer",
    "room_single": "Gewähltes Einzelzimmer",
    "rule_none": "Kein Zimmerzuschlag und keine Honorarzuschläge, gleich welcher Arzt.",
    "rule_single": (
        "Zimmerzuschlag, und Honorarzuschläge bis zu dem Prozentsatz, den das Krankenhaus in "
        "seiner Aufnahmeerklärung angibt: Lesen Sie sie, bevor Sie unterschreiben."
    ),
    "exceptions_intro": "Kein Zuschlag, auch nicht im Einzelzimmer:",
    "case_medical_need": "wenn Ihr Gesundheitszustand es erfordert;",
    "case_no_other_bed": "wenn der Dienst es verlangt oder kein Bett im Mehrbett- oder "
    "Zweibettzimmer frei ist;",
    "case_intensive_or_emergency": "auf der Intensivstation und bei einer Notaufnahme;",
    "case_child_with_parent": (
        "für ein Kind, das mit einem Elternteil aufgenommen wird, ohne unterschriebenen "
        "Antrag auf ein Einzelzimmer."
    ),
}

EN: dict[str, str] = {
    "title": "Preparing a hospital stay",
    "subtitle": "Is my file in order? · an estimate of the daily personal share",
    "patient": "Patient",
    "admission": "Planned admission",
    "nights": "Nights",
    "discharge": "Planned discharge",
    "section_checks": "Is my file in order?",
    "all_in_order": "Your file is in order for this stay.",
    "not_in_order": "Before the admission, settle the points marked “To do”.",
    "ok": "✔ In order",
    "todo": "✖ To do",
    "item_cover": "Cover during the stay",
    "item_contributions": "Contributions",
    "item_accidents": "Accident declarations",
    "item_insurability": "Insurability",
    "reason_covered": "You are insured every day of the stay.",
    "reason_no_cover": (
        "You are not insured on the day of admission. Come to the counter before the admission "
        "to put your insurability in order."
    ),
    "reason_cover_ends": (
        "Your cover ends on {day}, before the end of the stay. Come to the counter before the "
        "admission to put your insurability in order."
    ),
    "reason_paid": "Every contribution due before the admission is paid.",
    "reason_unpaid": (
        "Contributions due before the admission are not paid: {amount} (the oldest due on "
        "{day}). Pay them before the admission, or come to the counter."
    ),
    "reason_not_blocked": "No accident declaration is blocking your file.",
    "reason_blocked": (
        "An accident declaration was not returned: your family's file has been blocked since "
        "{day} and reimbursements are held. Return the declaration, or contact the Accidents "
        "service."
    ),
    "reason_active": "You are an active member of the health fund.",
    "reason_left": (
        "You leave the health fund on {day}: it does not cover this stay. Come to the counter."
    ),
    "reason_left_undated": (
        "You have left the health fund: it does not cover this stay. Come to the counter."
    ),
    "reason_mutation_pending": (
        "Your move to the health fund has not taken effect yet: until it does, your current "
        "insurer covers you. Ask at the counter."
    ),
    "reason_deceased": "This file is closed. Please come to the counter.",
    "section_estimate": "Your estimated personal share",
    "your_category": "Your category: {category}",
    "category_ordinary": "ordinary insured person",
    "category_ordinary_family": "ordinary insured person with dependants",
    "category_bim": "increased reimbursement (BIM)",
    "category_dependant": "dependant",
    "col_stay_days": "Days of the stay",
    "col_days": "Days",
    "col_daily": "Per day",
    "col_amount": "Amount",
    "band_day": "day {first}",
    "band_days": "days {first} to {last}",
    "estimate_total": "Estimated total",
    "section_categories": "Personal share per day by category",
    "col_category": "Category",
    "col_day1": "Day 1",
    "col_day2": "From day 2",
    "col_long": "From day {day}",
    "you": "(you)",
    "figures_from": "Amounts in force since {date} (source: {source}).",
    "estimate_note": (
        "This estimates the daily personal share only: the hospital also bills medicines, "
        "implants and any supplements. A day in day hospital costs no daily share."
    ),
    "section_rooms": "Rooms and supplements",
    "room_shared": "Shared room (three beds or more)",
    "room_two_bed": "Two-bed room",
    "room_single": "Single room, chosen",
    "rule_none": "No room supplement and no fee supplements, whoever the doctor.",
    "rule_single": (
        "A room supplement, and fee supplements up to the percentage the hospital states on its "
        "admission declaration: read it before you sign."
    ),
    "exceptions_intro": "No supplement at all, even in a single room:",
    "case_medical_need": "when your health requires it;",
    "case_no_other_bed": "when the service requires it, or no bed is free in a shared or "
    "two-bed room;",
    "case_intensive_or_emergency": "in intensive care, and for an emergency admission;",
    "case_child_with_parent": (
        "for a child admitted with a parent, without a signed request for a single room."
    ),
}

TEXTS: dict[str, dict[str, str]] = {"fr": FR, "nl": NL, "de": DE, "en": EN}


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language` (the summary's own, or a common one)."""
    own = TEXTS[common.check_language(language)]
    if key in own:
        return own[key].format(**values)
    return common.text(language, key, **values)
