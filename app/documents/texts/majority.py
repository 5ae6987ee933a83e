"""The sentences of the letter a dependant receives at majority about the holder's access, and
of the blocking form enclosed with it (issue 19, app/documents/majority_letter.py), in the four
languages, by key (the keys are the same in every language; a missing one is a test failure).

Kept apart from the documents' common sentences (app/documents/texts/fr.py, …), as the hospital
stay's are (texts/hospital.py); `text(language, key)` looks here first, then there.
"""

from __future__ import annotations

from app.documents import texts as common

FR: dict[str, str] = {
    # The letter
    "access_title": "Votre majorité et l'accès du titulaire à vos données",
    "access_of_age": (
        "Le {date}, vous avez eu {age} ans : pour la Mutualité Guichet, vous êtes désormais "
        "majeur(e)."
    ),
    "access_account_sent": (
        "Vous pouvez maintenant consulter vous-même votre dossier en ligne, sur e-Mut ou à "
        "nos bornes. Vos données de connexion personnelles vous parviennent par un courrier "
        "séparé."
    ),
    "access_account_exists": (
        "Vous consultez déjà vous-même votre dossier en ligne avec votre propre compte e-Mut."
    ),
    "access_holder": (
        "Jusqu'à présent, {holder}, le titulaire dont vous êtes la personne à charge, pouvait "
        "consulter les données de votre dossier (remboursements, paiements, documents), en "
        "ligne comme à nos bornes. Cet accès continue après votre majorité."
    ),
    "access_keep": (
        "<b>Vous souhaitez que le titulaire garde cet accès ?</b> Vous n'avez rien à faire."
    ),
    "access_block": (
        "<b>Vous souhaitez que le titulaire ne voie plus vos données ?</b> Complétez et signez "
        "le formulaire de blocage joint, puis renvoyez-le-nous par la poste à l'adresse "
        "ci-dessus, ou déposez-le dans l'une de nos agences. Dès que nous l'avons reçu, le "
        "titulaire ne voit plus vos données ; vous continuez à les consulter vous-même."
    ),
    "access_any_time": (
        "Vous pouvez nous renvoyer ce formulaire à tout moment, maintenant ou plus tard."
    ),
    "access_questions": "Pour toute question, nos agences sont à votre disposition.",
    "access_enclosure": "Annexe : formulaire de blocage",
    # The blocking form
    "blocking_title": "Formulaire de blocage",
    "blocking_subtitle": (
        "Accès du titulaire aux données d'une personne à charge majeure · à renvoyer signé à "
        "la Mutualité Guichet"
    ),
    "blocking_section_dependant": "1. Vous (la personne à charge)",
    "blocking_section_holder": "2. Le titulaire",
    "blocking_section_request": "3. Demande",
    "blocking_name": "Nom et prénoms",
    "blocking_request": (
        "Je soussigné(e), personne à charge majeure du titulaire mentionné ci-dessus, demande "
        "que ce titulaire ne puisse plus consulter les données de mon dossier à la Mutualité "
        "Guichet, ni en ligne ni aux bornes, dès la réception de ce formulaire."
    ),
    "blocking_date": "Date",
    "blocking_signature": "Signature de la personne à charge",
    "blocking_return": (
        "À renvoyer par la poste à la Mutualité Guichet, {address}, ou à déposer dans l'une "
        "de nos agences."
    ),
}


NL: dict[str, str] = {
    # The letter
    "access_title": "Uw meerderjarigheid en de toegang van de gerechtigde tot uw gegevens",
    "access_of_age": (
        "Op {date} bent u {age} jaar geworden: voor Ziekenfonds Guichet bent u voortaan "
        "meerderjarig."
    ),
    "access_account_sent": (
        "U kunt uw dossier nu zelf online raadplegen, via e-Mut of aan onze zuilen. Uw "
        "persoonlijke aanmeldgegevens ontvangt u met een afzonderlijke brief."
    ),
    "access_account_exists": (
        "U raadpleegt uw dossier al zelf online, met uw eigen e-Mut-account."
    ),
    "access_holder": (
        "Tot nu toe kon {holder}, de gerechtigde bij wie u persoon ten laste bent, de gegevens "
        "van uw dossier (terugbetalingen, betalingen, documenten) raadplegen, online en aan "
        "onze zuilen. Die toegang blijft ook na uw meerderjarigheid bestaan."
    ),
    "access_keep": (
        "<b>Wilt u dat de gerechtigde die toegang behoudt?</b> Dan hoeft u niets te doen."
    ),
    "access_block": (
        "<b>Wilt u dat de gerechtigde uw gegevens niet meer ziet?</b> Vul het bijgevoegde "
        "blokkeringsformulier in, onderteken het en stuur het ons per post terug naar het "
        "adres hierboven, of geef het af in een van onze kantoren. Zodra wij het ontvangen "
        "hebben, ziet de gerechtigde uw gegevens niet meer; u blijft ze zelf raadplegen."
    ),
    "access_any_time": "U kunt ons dit formulier op elk moment terugsturen, nu of later.",
    "access_questions": "Met al uw vragen kunt u terecht in onze kantoren.",
    "access_enclosure": "Bijlage: blokkeringsformulier",
    # The blocking form
    "blocking_title": "Blokkeringsformulier",
    "blocking_subtitle": (
        "Toegang van de gerechtigde tot de gegevens van een meerderjarige persoon ten laste · "
        "ondertekend terug te sturen naar Ziekenfonds Guichet"
    ),
    "blocking_section_dependant": "1. Uzelf (de persoon ten laste)",
    "blocking_section_holder": "2. De gerechtigde",
    "blocking_section_request": "3. Aanvraag",
    "blocking_name": "Naam en voornamen",
    "blocking_request": (
        "Ik, ondergetekende, meerderjarige persoon ten laste van de hierboven vermelde "
        "gerechtigde, vraag dat deze gerechtigde de gegevens van mijn dossier bij Ziekenfonds "
        "Guichet niet meer kan raadplegen, online noch aan de zuilen, vanaf de ontvangst van "
        "dit formulier."
    ),
    "blocking_date": "Datum",
    "blocking_signature": "Handtekening van de persoon ten laste",
    "blocking_return": (
        "Per post terug te sturen naar Ziekenfonds Guichet, {address}, of af te geven in een "
        "van onze kantoren."
    ),
}


DE: dict[str, str] = {
    # The letter
    "access_title": "Ihre Volljährigkeit und der Zugang des Berechtigten zu Ihren Daten",
    "access_of_age": (
        "Am {date} sind Sie {age} Jahre alt geworden: Für die Krankenkasse Guichet sind Sie "
        "nun volljährig."
    ),
    "access_account_sent": (
        "Sie können Ihre Akte jetzt selbst online einsehen, über e-Mut oder an unseren "
        "Terminals. Ihre persönlichen Zugangsdaten erhalten Sie mit einem gesonderten Schreiben."
    ),
    "access_account_exists": (
        "Sie sehen Ihre Akte bereits selbst online ein, mit Ihrem eigenen e-Mut-Konto."
    ),
    "access_holder": (
        "Bisher konnte {holder}, der Berechtigte, bei dem Sie als Person zu Lasten "
        "eingetragen sind, die Daten Ihrer Akte (Erstattungen, Zahlungen, Dokumente) online "
        "und an unseren Terminals einsehen. Dieser Zugang bleibt auch nach Ihrer "
        "Volljährigkeit bestehen."
    ),
    "access_keep": (
        "<b>Möchten Sie, dass der Berechtigte diesen Zugang behält?</b> Dann müssen Sie nichts tun."
    ),
    "access_block": (
        "<b>Möchten Sie, dass der Berechtigte Ihre Daten nicht mehr sieht?</b> Füllen Sie das "
        "beiliegende Sperrformular aus, unterschreiben Sie es und senden Sie es uns per Post "
        "an die obige Anschrift zurück, oder geben Sie es in einer unserer Geschäftsstellen "
        "ab. Sobald es bei uns eingegangen ist, sieht der Berechtigte Ihre Daten nicht mehr; "
        "Sie selbst sehen sie weiterhin ein."
    ),
    "access_any_time": (
        "Sie können uns dieses Formular jederzeit zurücksenden, jetzt oder später."
    ),
    "access_questions": "Bei Fragen stehen Ihnen unsere Geschäftsstellen gern zur Verfügung.",
    "access_enclosure": "Anlage: Sperrformular",
    # The blocking form
    "blocking_title": "Sperrformular",
    "blocking_subtitle": (
        "Zugang des Berechtigten zu den Daten einer volljährigen Person zu Lasten · "
        "unterschrieben an die Krankenkasse Guichet zurückzusenden"
    ),
    "blocking_section_dependant": "1. Sie (die Person zu Lasten)",
    "blocking_section_holder": "2. Der Berechtigte",
    "blocking_section_request": "3. Antrag",
    "blocking_name": "Name und Vornamen",
    "blocking_request": (
        "Ich, der/die Unterzeichnete, volljährige Person zu Lasten des oben genannten "
        "Berechtigten, beantrage, dass dieser Berechtigte die Daten meiner Akte bei der "
        "Krankenkasse Guichet ab Eingang dieses Formulars weder online noch an den Terminals "
        "mehr einsehen kann."
    ),
    "blocking_date": "Datum",
    "blocking_signature": "Unterschrift der Person zu Lasten",
    "blocking_return": (
        "Per Post an die Krankenkasse Guichet, {address}, zurückzusenden oder in einer unserer "
        "Geschäftsstellen abzugeben."
    ),
}


EN: dict[str, str] = {
    # The letter
    "access_title": "Coming of age: the holder's access to your data",
    "access_of_age": (
        "On {date} you turned {age}: for the Guichet Health Fund, you are now of age."
    ),
    "access_account_sent": (
        "You may now consult your file yourself online, on e-Mut or at our terminals. Your "
        "personal login details reach you in a separate letter."
    ),
    "access_account_exists": (
        "You already consult your file yourself online, with your own e-Mut account."
    ),
    "access_holder": (
        "Until now {holder}, the holder whose dependant you are, could consult the data in "
        "your file (reimbursements, payments, documents), online and at our terminals. This "
        "access continues after you come of age."
    ),
    "access_keep": (
        "<b>Would you like the holder to keep this access?</b> You need not do anything."
    ),
    "access_block": (
        "<b>Would you rather the holder no longer saw your data?</b> Fill in and sign the "
        "enclosed blocking form, then return it to us by post at the address above, or hand "
        "it in at one of our offices. As soon as we have received it, the holder no longer "
        "sees your data; you go on consulting it yourself."
    ),
    "access_any_time": "You may return this form at any time, now or later.",
    "access_questions": "If you have any questions, our offices will be glad to help.",
    "access_enclosure": "Enclosure: blocking form",
    # The blocking form
    "blocking_title": "Blocking form",
    "blocking_subtitle": (
        "The holder's access to the data of a dependant of age · to be returned signed to the "
        "Guichet Health Fund"
    ),
    "blocking_section_dependant": "1. You (the dependant)",
    "blocking_section_holder": "2. The holder",
    "blocking_section_request": "3. Request",
    "blocking_name": "Surname and first names",
    "blocking_request": (
        "I, the undersigned, a dependant of age of the holder named above, ask that this "
        "holder may no longer consult the data in my file at the Guichet Health Fund, neither "
        "online nor at the terminals, from the day this form is received."
    ),
    "blocking_date": "Date",
    "blocking_signature": "Signature of the dependant",
    "blocking_return": (
        "To be returned by post to the Guichet Health Fund, {address}, or handed in at one of "
        "our offices."
    ),
}


TEXTS: dict[str, dict[str, str]] = {"fr": FR, "nl": NL, "de": DE, "en": EN}


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language` (this letter's own, or a common one)."""
    own = TEXTS[common.check_language(language)]
    if key in own:
        return own[key].format(**values)
    return common.text(language, key, **values)
