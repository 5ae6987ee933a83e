"""Every sentence of the PDFs in German, by key (the keys are the same in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "mutuality": "Krankenkasse Guichet",
    "tagline": "Ihre Krankenkasse in Ihrer Nähe",
    "head_office": "Hauptsitz",
    "phone": "Tel. {phone}",
    "page": "Seite {page} / {pages}",
    "box": "Box",
    "date_line": "{town}, den {date}",
    "reference": "Ihre Nationalregisternummer: {niss}",
    "salutation": "Sehr geehrte Dame, sehr geehrter Herr,",
    "closing": "Mit freundlichen Grüßen",
    "signatory": "Der e-Mut-Dienst der Krankenkasse Guichet",
    "username_label": "Benutzername (Ihre Nationalregisternummer)",
    "where_to_log_in": (
        "Sie können sich bei e-Mut von zu Hause aus auf unserer Website anmelden oder an "
        "einem Guichet-Terminal in einer unserer Geschäftsstellen."
    ),
    "confidential": (
        "Diese Daten sind streng persönlich und vertraulich. Geben Sie sie niemandem weiter, "
        "auch nicht einem Mitarbeiter der Krankenkasse: Wir werden Sie niemals nach Ihrem "
        "Passwort fragen. Bewahren Sie dieses Schreiben an einem sicheren Ort auf, oder "
        "vernichten Sie es, sobald Sie Ihr persönliches Passwort gewählt haben."
    ),
    "not_you": (
        "Falls Sie diesen Antrag nicht selbst gestellt haben, wenden Sie sich bitte "
        "umgehend an Ihre Geschäftsstelle."
    ),
    "credentials_title": "Ihr Online-Konto e-Mut",
    "credentials_intro": (
        "Ihr Online-Konto e-Mut wurde eröffnet. Damit können Sie jederzeit Ihre Akte "
        "einsehen, Ihre Rückerstattungen verfolgen und Ihre Dokumente bestellen. Nachstehend "
        "finden Sie Ihre persönlichen Zugangsdaten:"
    ),
    "initial_password_label": "Erstes Passwort",
    "change_at_first_login": (
        "Bei Ihrer ersten Anmeldung werden Sie aufgefordert, dieses erste Passwort durch ein "
        "persönliches Passwort zu ersetzen, das nur Sie kennen."
    ),
    "new_password_title": "Ihr neues Passwort für e-Mut",
    "new_password_intro": (
        "Sie haben uns mitgeteilt, dass Sie Ihr Passwort für e-Mut vergessen haben. "
        "Nachstehend finden Sie ein neues Passwort; es ersetzt das bisherige, das nicht mehr "
        "gültig ist."
    ),
    "new_password_label": "Neues Passwort",
    "change_at_next_login": (
        "Bei Ihrer nächsten Anmeldung werden Sie aufgefordert, dieses Passwort durch ein "
        "persönliches Passwort zu ersetzen, das nur Sie kennen."
    ),
    "form_title": "Antrag auf Mitgliedschaft",
    "form_subtitle": (
        "Am Terminal mit Ihrem elektronischen Personalausweis (eID) und Ihrer PIN zu unterschreiben"
    ),
    "section_person": "1. Persönliche Angaben",
    "niss": "Nationalregisternummer",
    "surname": "Name",
    "first_names": "Vornamen",
    "birth_date": "Geburtsdatum",
    "sex": "Geschlecht",
    "sex_M": "männlich",
    "sex_F": "weiblich",
    "sex_X": "X",
    "nationality": "Staatsangehörigkeit",
    "address": "Anschrift",
    "language": "Korrespondenzsprache",
    "language_fr": "Französisch",
    "language_nl": "Niederländisch",
    "language_de": "Deutsch",
    "language_en": "Englisch",
    "phone_label": "Telefon",
    "email": "E-Mail-Adresse",
    "not_given": "nicht angegeben",
    "section_role": "2. Eigenschaft",
    "role_holder": "Berechtigter (im eigenen Namen versichert)",
    "role_dependant": "Person zu Lasten",
    "holder_niss": "Nationalregisternummer des Berechtigten: {niss}",
    "section_affiliation": "3. Mitgliedschaft",
    "first_affiliation": "Erste Mitgliedschaft bei einer Krankenkasse",
    "mutation": "Wechsel: Ich verlasse {previous} und wechsle zur Krankenkasse Guichet",
    "effective_on": "Wirksam ab dem {date}",
    "section_declaration": "4. Erklärung",
    "declaration_holder": (
        "Der/Die Unterzeichnete beantragt die Mitgliedschaft bei der Krankenkasse Guichet "
        "für die Pflichtversicherung für Gesundheitspflege und Entschädigungen sowie für die "
        "Dienste der Zusatzversicherung, auf die die Mitgliedschaft Anrecht gibt."
    ),
    "declaration_dependant": (
        "Der/Die Unterzeichnete beantragt die Einschreibung bei der Krankenkasse Guichet als "
        "Person zu Lasten des oben genannten Berechtigten für die Pflichtversicherung für "
        "Gesundheitspflege."
    ),
    "declaration_mutation": (
        "Ich beauftrage die Krankenkasse Guichet, in meinem Namen die notwendigen Schritte "
        "bei meiner bisherigen Krankenkasse zu unternehmen; ich selbst muss dort nichts "
        "veranlassen."
    ),
    "declaration_truth": (
        "Ich erkläre auf Ehrenwort, dass die obigen Angaben richtig und vollständig sind, und "
        "verpflichte mich, der Krankenkasse jede Änderung meiner Situation mitzuteilen."
    ),
    "privacy": (
        "Ihre Daten werden von der Krankenkasse Guichet zur Verwaltung Ihrer "
        "Krankenversicherung gemäß der Datenschutz-Grundverordnung (DSGVO) verarbeitet. Sie "
        "können sie in jeder Geschäftsstelle einsehen und berichtigen lassen."
    ),
    "signed_on": "Unterschrieben am {date}",
    "signature": "Unterschrift",
    "signature_hint": "Elektronische Unterschrift mit der eID-Karte",
    "receipt_title": "Offizielle Quittung – Erstattungsbescheinigung",
    "receipt_intro": (
        "Die Krankenkasse Guichet bescheinigt, die nachstehenden Leistungen der "
        "Gesundheitspflege in den angegebenen Beträgen erstattet zu haben."
    ),
    "reference_label": "Referenz",
    "member": "Mitglied",
    "affiliation_number": "Mitgliedsnummer",
    "beneficiaries": "Begünstigte",
    "col_care_date": "Datum der Behandlung",
    "col_paid_on": "bezahlt am",
    "col_beneficiary": "Begünstigter",
    "col_provider": "Leistungserbringer",
    "col_code_label": "Code und Bezeichnung",
    "col_official_fee": "Amtliches Honorar",
    "col_supplement": "Zuschlag",
    "col_reimbursed": "Erstattet",
    "col_personal_share": "Eigenanteil",
    "total": "Summe",
    "receipt_note": (
        "Eigenanteil = amtliches Honorar + Zuschlag − Erstattung. Ein negativer Betrag "
        "berichtigt eine frühere Erstattung; er wird in den Summen mitgezählt."
    ),
    "issued_at_terminal": "Am Terminal ausgestellt am {date}",
    "receipt_signatory": "Der Erstattungsdienst der Krankenkasse Guichet",
    "statement_title": "Bescheinigung über Entschädigungen wegen Arbeitsunfähigkeit",
    "statement_declaration": (
        "Die Krankenkasse Guichet bescheinigt, dass {name}, Nationalregisternummer {niss}, "
        "für den Zeitraum vom {start} bis zum {end} die folgenden Entschädigungen wegen "
        "Arbeitsunfähigkeit erhalten hat."
    ),
    "statement_none": "Für diesen Zeitraum wurde keine Entschädigung gezahlt.",
    "col_covers": "Zeitraum",
    "col_phase": "Art",
    "col_days": "Tage",
    "col_daily_amount": "Tagesbetrag",
    "col_gross": "Brutto",
    "col_withholding": "Einbehalte",
    "col_net": "Netto",
    "col_payment_date": "Bezahlt am",
    "phase_primary": "Primäre Arbeitsunfähigkeit",
    "phase_invalidity": "Invalidität",
    "phase_maternity": "Mutterschaftsurlaub",
    "statement_purpose": (
        "Diese Bescheinigung wird zur Vorlage bei den zuständigen Stellen ausgestellt."
    ),
    "statement_signatory": "Der Entschädigungsdienst der Krankenkasse Guichet",
    "bank_title": "Änderung der Bankverbindung",
    "bank_section_member": "1. Mitglied",
    "bank_section_account": "2. Bankkonto",
    "bank_section_request": "3. Antrag",
    "bank_current_account": "Bisheriges Konto",
    "bank_no_current_account": "kein Konto hinterlegt",
    "bank_new_account": "Neues Konto (IBAN)",
    "bank_name": "Bank",
    "bank_request": (
        "Der/Die Unterzeichnete beantragt, dass die Krankenkasse Guichet die ihm/ihr "
        "zustehenden Beträge (Erstattungen für Gesundheitspflege, Entschädigungen und andere "
        "Zahlungen) ab sofort auf dieses Konto überweist."
    ),
}
