"""Every sentence printed on the mutuality's PDFs, one dictionary per language (fr, nl, de, en).

Why not Qt's translation system like the screens: `app/` never imports Qt (the core runs and is
tested without it, and the central server prints without a display), and a PDF is made in the
language the member asked for, whatever language the terminal's screen shows at that moment. So
the PDF texts live here, as plain data, looked up by `text(language, key, **values)`; a missing
key in one language is a test failure, not a silent fallback to another language.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("fr", "nl", "de", "en")


class UnsupportedLanguage(ValueError):
    """A PDF was asked for in a language the mutuality does not write in."""

    def __init__(self, language: str):
        super().__init__(f"no PDF texts in language {language!r} (expected one of {LANGUAGES})")
        self.language = language


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

# The head office's town, named in each language (other agencies print their municipality as is).
HEAD_OFFICE_TOWN = {"fr": "Bruxelles", "nl": "Brussel", "de": "Brüssel", "en": "Brussels"}

# Country names for a recipient abroad (the last line of the address, in capitals).
COUNTRIES = {
    "FR": {"fr": "France", "nl": "Frankrijk", "de": "Frankreich", "en": "France"},
    "NL": {"fr": "Pays-Bas", "nl": "Nederland", "de": "Niederlande", "en": "Netherlands"},
    "DE": {"fr": "Allemagne", "nl": "Duitsland", "de": "Deutschland", "en": "Germany"},
    "LU": {"fr": "Luxembourg", "nl": "Luxemburg", "de": "Luxemburg", "en": "Luxembourg"},
}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        # Letterhead and layout
        "mutuality": "Mutualité Guichet",
        "tagline": "Votre mutualité, près de chez vous",
        "head_office": "Siège central",
        "phone": "Tél. {phone}",
        "page": "page {page} / {pages}",
        "box": "bte",
        "date_line": "{town}, le {date}",
        "reference": "Votre numéro de registre national : {niss}",
        # Letters: common parts
        "salutation": "Madame, Monsieur,",
        "closing": (
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées."
        ),
        "signatory": "Le service e-Mut de la Mutualité Guichet",
        "username_label": "Nom d'utilisateur (votre numéro de registre national)",
        "where_to_log_in": (
            "Vous pouvez vous connecter à e-Mut depuis chez vous, sur notre site internet, ou à "
            "une borne Guichet dans l'une de nos agences."
        ),
        "confidential": (
            "Ces données sont strictement personnelles et confidentielles. Ne les communiquez à "
            "personne, pas même à un collaborateur de la mutualité : nous ne vous demanderons "
            "jamais votre mot de passe. Conservez ce courrier en lieu sûr, ou détruisez-le une "
            "fois votre mot de passe personnel choisi."
        ),
        "not_you": (
            "Si vous n'êtes pas à l'origine de cette demande, veuillez prendre contact au plus "
            "vite avec votre agence."
        ),
        # Credentials letter
        "credentials_title": "Votre compte en ligne e-Mut",
        "credentials_intro": (
            "Votre compte en ligne e-Mut a été ouvert. Il vous permet de consulter votre dossier, "
            "de suivre vos remboursements et de commander vos documents quand vous le souhaitez. "
            "Voici vos données de connexion personnelles :"
        ),
        "initial_password_label": "Mot de passe initial",
        "change_at_first_login": (
            "Lors de votre première connexion, il vous sera demandé de remplacer ce mot de passe "
            "initial par un mot de passe personnel, que vous seul connaîtrez."
        ),
        # New password letter
        "new_password_title": "Votre nouveau mot de passe e-Mut",
        "new_password_intro": (
            "Vous nous avez signalé avoir oublié votre mot de passe e-Mut. Voici un nouveau mot de "
            "passe ; il remplace le précédent, qui n'est plus valable."
        ),
        "new_password_label": "Nouveau mot de passe",
        "change_at_next_login": (
            "Lors de votre prochaine connexion, il vous sera demandé de remplacer ce mot de passe "
            "par un mot de passe personnel, que vous seul connaîtrez."
        ),
        # Affiliation form
        "form_title": "Demande d'affiliation",
        "form_subtitle": (
            "À signer à la borne avec votre carte d'identité électronique (eID) et votre code PIN"
        ),
        "section_person": "1. Données personnelles",
        "niss": "Numéro de registre national",
        "surname": "Nom",
        "first_names": "Prénoms",
        "birth_date": "Date de naissance",
        "sex": "Sexe",
        "sex_M": "masculin",
        "sex_F": "féminin",
        "sex_X": "X",
        "nationality": "Nationalité",
        "address": "Adresse",
        "language": "Langue de correspondance",
        "language_fr": "français",
        "language_nl": "néerlandais",
        "language_de": "allemand",
        "language_en": "anglais",
        "phone_label": "Téléphone",
        "email": "Adresse e-mail",
        "not_given": "non communiqué",
        "section_role": "2. Qualité",
        "role_holder": "Titulaire (assuré en nom propre)",
        "role_dependant": "Personne à charge",
        "holder_niss": "Numéro de registre national du titulaire : {niss}",
        "section_affiliation": "3. Affiliation",
        "first_affiliation": "Première affiliation à une mutualité",
        "mutation": "Mutation : je quitte {previous} pour la Mutualité Guichet",
        "effective_on": "Prend effet le {date}",
        "section_declaration": "4. Déclaration",
        "declaration_holder": (
            "Je soussigné(e) demande mon affiliation à la Mutualité Guichet pour l'assurance "
            "obligatoire soins de santé et indemnités, ainsi que pour les services de l'assurance "
            "complémentaire auxquels l'affiliation donne droit."
        ),
        "declaration_dependant": (
            "Je soussigné(e) demande mon inscription à la Mutualité Guichet en qualité de personne "
            "à charge du titulaire mentionné ci-dessus, pour l'assurance obligatoire soins de "
            "santé."
        ),
        "declaration_mutation": (
            "Je charge la Mutualité Guichet d'effectuer en mon nom les démarches nécessaires "
            "auprès de ma mutualité actuelle ; je n'ai aucune démarche à faire moi-même auprès "
            "d'elle."
        ),
        "declaration_truth": (
            "Je déclare sur l'honneur que les renseignements ci-dessus sont exacts et complets, et "
            "je m'engage à signaler à la mutualité tout changement de ma situation."
        ),
        "privacy": (
            "Vos données sont traitées par la Mutualité Guichet pour la gestion de votre "
            "assurance soins de santé, conformément au règlement général sur la protection des "
            "données (RGPD). Vous pouvez les consulter et les faire rectifier dans toute agence."
        ),
        "signed_on": "Signé le {date}",
        "signature": "Signature",
        "signature_hint": "Signature électronique avec la carte eID",
        # Official receipt of reimbursements
        "receipt_title": "Reçu officiel – attestation de remboursement",
        "receipt_intro": (
            "La Mutualité Guichet atteste avoir remboursé les prestations de soins de santé "
            "ci-dessous, aux montants indiqués."
        ),
        "reference_label": "Référence",
        "member": "Membre",
        "affiliation_number": "Numéro d'affiliation",
        "beneficiaries": "Bénéficiaires",
        "col_care_date": "Date des soins",
        "col_paid_on": "payé le",
        "col_beneficiary": "Bénéficiaire",
        "col_provider": "Prestataire",
        "col_code_label": "Code et libellé",
        "col_official_fee": "Honoraire officiel",
        "col_supplement": "Supplément",
        "col_reimbursed": "Remboursé",
        "col_personal_share": "Quote-part personnelle",
        "total": "Total",
        "receipt_note": (
            "Quote-part personnelle = honoraire officiel + supplément − remboursement. Un montant "
            "négatif corrige un remboursement antérieur ; il est compté dans les totaux."
        ),
        "issued_at_terminal": "Délivré à la borne le {date}",
        "receipt_signatory": "Le service des remboursements de la Mutualité Guichet",
        # Indemnity statement
        "statement_title": "Attestation des indemnités d'incapacité de travail",
        "statement_declaration": (
            "La Mutualité Guichet certifie que {name}, numéro de registre national {niss}, a "
            "perçu les indemnités d'incapacité de travail suivantes pour la période du {start} au "
            "{end}."
        ),
        "statement_none": "Aucune indemnité n'a été payée pour cette période.",
        "col_covers": "Période couverte",
        "col_phase": "Nature",
        "col_days": "Jours",
        "col_daily_amount": "Montant journalier",
        "col_gross": "Brut",
        "col_withholding": "Retenues",
        "col_net": "Net",
        "col_payment_date": "Payé le",
        "phase_primary": "Incapacité primaire",
        "phase_invalidity": "Invalidité",
        "phase_maternity": "Repos de maternité",
        "statement_purpose": "Attestation délivrée pour servir et valoir ce que de droit.",
        "statement_signatory": "Le service des indemnités de la Mutualité Guichet",
        # Bank account change form
        "bank_title": "Changement de compte bancaire",
        "bank_section_member": "1. Membre",
        "bank_section_account": "2. Compte bancaire",
        "bank_section_request": "3. Demande",
        "bank_current_account": "Compte actuel",
        "bank_no_current_account": "aucun compte enregistré",
        "bank_new_account": "Nouveau compte (IBAN)",
        "bank_name": "Banque",
        "bank_request": (
            "Je soussigné(e) demande à la Mutualité Guichet de verser dorénavant sur ce compte "
            "les montants qui me sont dus (remboursements de soins de santé, indemnités et autres "
            "paiements)."
        ),
    },
    "nl": {
        "mutuality": "Ziekenfonds Guichet",
        "tagline": "Uw ziekenfonds, dicht bij u",
        "head_office": "Hoofdzetel",
        "phone": "Tel. {phone}",
        "page": "pagina {page} / {pages}",
        "box": "bus",
        "date_line": "{town}, {date}",
        "reference": "Uw rijksregisternummer: {niss}",
        "salutation": "Geachte mevrouw, geachte heer,",
        "closing": "Met vriendelijke groeten,",
        "signatory": "De dienst e-Mut van Ziekenfonds Guichet",
        "username_label": "Gebruikersnaam (uw rijksregisternummer)",
        "where_to_log_in": (
            "U kunt zich bij e-Mut aanmelden van thuis uit, op onze website, of aan een "
            "Guichet-zuil in een van onze kantoren."
        ),
        "confidential": (
            "Deze gegevens zijn strikt persoonlijk en vertrouwelijk. Geef ze aan niemand door, "
            "ook niet aan een medewerker van het ziekenfonds: wij zullen u nooit naar uw "
            "wachtwoord vragen. Bewaar deze brief op een veilige plaats, of vernietig hem zodra u "
            "uw persoonlijke wachtwoord hebt gekozen."
        ),
        "not_you": (
            "Hebt u deze aanvraag niet zelf gedaan? Neem dan zo snel mogelijk contact op met uw "
            "kantoor."
        ),
        "credentials_title": "Uw online account e-Mut",
        "credentials_intro": (
            "Uw online account e-Mut is geopend. Hiermee kunt u wanneer u maar wilt uw dossier "
            "raadplegen, uw terugbetalingen opvolgen en uw documenten bestellen. Hieronder vindt "
            "u uw persoonlijke aanmeldgegevens:"
        ),
        "initial_password_label": "Eerste wachtwoord",
        "change_at_first_login": (
            "Bij uw eerste aanmelding wordt u gevraagd dit eerste wachtwoord te vervangen door "
            "een persoonlijk wachtwoord dat alleen u kent."
        ),
        "new_password_title": "Uw nieuwe wachtwoord voor e-Mut",
        "new_password_intro": (
            "U hebt ons laten weten dat u uw wachtwoord voor e-Mut bent vergeten. Hieronder vindt "
            "u een nieuw wachtwoord; het vervangt het vorige, dat niet meer geldig is."
        ),
        "new_password_label": "Nieuw wachtwoord",
        "change_at_next_login": (
            "Bij uw volgende aanmelding wordt u gevraagd dit wachtwoord te vervangen door een "
            "persoonlijk wachtwoord dat alleen u kent."
        ),
        "form_title": "Aanvraag tot aansluiting",
        "form_subtitle": (
            "Te ondertekenen aan de zuil met uw elektronische identiteitskaart (eID) en uw pincode"
        ),
        "section_person": "1. Persoonsgegevens",
        "niss": "Rijksregisternummer",
        "surname": "Naam",
        "first_names": "Voornamen",
        "birth_date": "Geboortedatum",
        "sex": "Geslacht",
        "sex_M": "mannelijk",
        "sex_F": "vrouwelijk",
        "sex_X": "X",
        "nationality": "Nationaliteit",
        "address": "Adres",
        "language": "Correspondentietaal",
        "language_fr": "Frans",
        "language_nl": "Nederlands",
        "language_de": "Duits",
        "language_en": "Engels",
        "phone_label": "Telefoon",
        "email": "E-mailadres",
        "not_given": "niet opgegeven",
        "section_role": "2. Hoedanigheid",
        "role_holder": "Gerechtigde (verzekerd in eigen naam)",
        "role_dependant": "Persoon ten laste",
        "holder_niss": "Rijksregisternummer van de gerechtigde: {niss}",
        "section_affiliation": "3. Aansluiting",
        "first_affiliation": "Eerste aansluiting bij een ziekenfonds",
        "mutation": "Mutatie: ik verlaat {previous} voor Ziekenfonds Guichet",
        "effective_on": "Gaat in op {date}",
        "section_declaration": "4. Verklaring",
        "declaration_holder": (
            "Ondergetekende vraagt de aansluiting bij Ziekenfonds Guichet voor de verplichte "
            "verzekering voor geneeskundige verzorging en uitkeringen, en voor de diensten van de "
            "aanvullende verzekering waarop de aansluiting recht geeft."
        ),
        "declaration_dependant": (
            "Ondergetekende vraagt de inschrijving bij Ziekenfonds Guichet als persoon ten laste "
            "van de hierboven vermelde gerechtigde, voor de verplichte verzekering voor "
            "geneeskundige verzorging."
        ),
        "declaration_mutation": (
            "Ik geef Ziekenfonds Guichet de opdracht om in mijn naam de nodige stappen te zetten "
            "bij mijn huidige ziekenfonds; zelf hoef ik daar niets te doen."
        ),
        "declaration_truth": (
            "Ik verklaar op erewoord dat de bovenstaande gegevens juist en volledig zijn, en ik "
            "verbind mij ertoe elke wijziging in mijn toestand aan het ziekenfonds te melden."
        ),
        "privacy": (
            "Ziekenfonds Guichet verwerkt uw gegevens voor het beheer van uw "
            "ziekteverzekering, overeenkomstig de algemene verordening gegevensbescherming "
            "(AVG). U kunt ze in elk kantoor inkijken en laten verbeteren."
        ),
        "signed_on": "Ondertekend op {date}",
        "signature": "Handtekening",
        "signature_hint": "Elektronische handtekening met de eID-kaart",
        "receipt_title": "Officieel ontvangstbewijs – attest van terugbetaling",
        "receipt_intro": (
            "Ziekenfonds Guichet verklaart de onderstaande prestaties voor geneeskundige "
            "verzorging te hebben terugbetaald, voor de vermelde bedragen."
        ),
        "reference_label": "Referentie",
        "member": "Lid",
        "affiliation_number": "Aansluitingsnummer",
        "beneficiaries": "Rechthebbenden",
        "col_care_date": "Datum verzorging",
        "col_paid_on": "betaald op",
        "col_beneficiary": "Rechthebbende",
        "col_provider": "Zorgverlener",
        "col_code_label": "Code en omschrijving",
        "col_official_fee": "Officieel honorarium",
        "col_supplement": "Supplement",
        "col_reimbursed": "Terugbetaald",
        "col_personal_share": "Persoonlijk aandeel",
        "total": "Totaal",
        "receipt_note": (
            "Persoonlijk aandeel = officieel honorarium + supplement − terugbetaling. Een negatief "
            "bedrag corrigeert een eerdere terugbetaling; het telt mee in de totalen."
        ),
        "issued_at_terminal": "Afgegeven aan de zuil op {date}",
        "receipt_signatory": "De dienst terugbetalingen van Ziekenfonds Guichet",
        "statement_title": "Attest van uitkeringen wegens arbeidsongeschiktheid",
        "statement_declaration": (
            "Ziekenfonds Guichet verklaart dat {name}, rijksregisternummer {niss}, voor de periode "
            "van {start} tot en met {end} de volgende uitkeringen wegens arbeidsongeschiktheid "
            "heeft ontvangen."
        ),
        "statement_none": "Voor deze periode werd geen uitkering betaald.",
        "col_covers": "Gedekte periode",
        "col_phase": "Aard",
        "col_days": "Dagen",
        "col_daily_amount": "Dagbedrag",
        "col_gross": "Bruto",
        "col_withholding": "Inhoudingen",
        "col_net": "Netto",
        "col_payment_date": "Betaald op",
        "phase_primary": "Primaire ongeschiktheid",
        "phase_invalidity": "Invaliditeit",
        "phase_maternity": "Moederschapsrust",
        "statement_purpose": "Dit attest wordt afgegeven om te dienen waar en wanneer nodig.",
        "statement_signatory": "De dienst uitkeringen van Ziekenfonds Guichet",
        "bank_title": "Wijziging van bankrekening",
        "bank_section_member": "1. Lid",
        "bank_section_account": "2. Bankrekening",
        "bank_section_request": "3. Aanvraag",
        "bank_current_account": "Huidige rekening",
        "bank_no_current_account": "geen rekening geregistreerd",
        "bank_new_account": "Nieuwe rekening (IBAN)",
        "bank_name": "Bank",
        "bank_request": (
            "Ondergetekende vraagt Ziekenfonds Guichet om de bedragen die mij toekomen "
            "(terugbetalingen van geneeskundige verzorging, uitkeringen en andere betalingen) "
            "voortaan op deze rekening te storten."
        ),
    },
    "de": {
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
            "Am Terminal mit Ihrem elektronischen Personalausweis (eID) und Ihrer PIN zu "
            "unterschreiben"
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
    },
    "en": {
        "mutuality": "Guichet Health Fund",
        "tagline": "Your health fund, close to home",
        "head_office": "Head office",
        "phone": "Tel. {phone}",
        "page": "page {page} / {pages}",
        "box": "box",
        "date_line": "{town}, {date}",
        "reference": "Your national register number: {niss}",
        "salutation": "Dear Sir or Madam,",
        "closing": "Yours faithfully,",
        "signatory": "The e-Mut team of the Guichet Health Fund",
        "username_label": "Username (your national register number)",
        "where_to_log_in": (
            "You can log in to e-Mut from home, on our website, or at a Guichet terminal in one "
            "of our offices."
        ),
        "confidential": (
            "These details are strictly personal and confidential. Do not share them with "
            "anyone, not even a member of our staff: we will never ask you for your password. "
            "Keep this letter in a safe place, or destroy it once you have chosen your own "
            "password."
        ),
        "not_you": (
            "If you did not make this request, please contact your office as soon as possible."
        ),
        "credentials_title": "Your e-Mut online account",
        "credentials_intro": (
            "Your e-Mut online account has been opened. With it you can consult your file, follow "
            "your reimbursements and order your documents whenever you wish. Here are your "
            "personal login details:"
        ),
        "initial_password_label": "Initial password",
        "change_at_first_login": (
            "When you first log in, you will be asked to replace this initial password with a "
            "password of your own that only you know."
        ),
        "new_password_title": "Your new e-Mut password",
        "new_password_intro": (
            "You told us that you have forgotten your e-Mut password. Here is a new password; it "
            "replaces the previous one, which is no longer valid."
        ),
        "new_password_label": "New password",
        "change_at_next_login": (
            "When you next log in, you will be asked to replace this password with a password of "
            "your own that only you know."
        ),
        "form_title": "Application for membership",
        "form_subtitle": (
            "To be signed at the terminal with your electronic identity card (eID) and your PIN"
        ),
        "section_person": "1. Personal details",
        "niss": "National register number",
        "surname": "Surname",
        "first_names": "First names",
        "birth_date": "Date of birth",
        "sex": "Sex",
        "sex_M": "male",
        "sex_F": "female",
        "sex_X": "X",
        "nationality": "Nationality",
        "address": "Address",
        "language": "Language of correspondence",
        "language_fr": "French",
        "language_nl": "Dutch",
        "language_de": "German",
        "language_en": "English",
        "phone_label": "Telephone",
        "email": "E-mail address",
        "not_given": "not given",
        "section_role": "2. Status",
        "role_holder": "Holder (insured in their own right)",
        "role_dependant": "Dependant",
        "holder_niss": "National register number of the holder: {niss}",
        "section_affiliation": "3. Membership",
        "first_affiliation": "First membership of a health fund",
        "mutation": "Transfer: I am leaving {previous} for the Guichet Health Fund",
        "effective_on": "Takes effect on {date}",
        "section_declaration": "4. Declaration",
        "declaration_holder": (
            "I, the undersigned, apply for membership of the Guichet Health Fund for the "
            "compulsory health care and benefits insurance, and for the services of the "
            "complementary insurance that membership entitles me to."
        ),
        "declaration_dependant": (
            "I, the undersigned, apply to be registered with the Guichet Health Fund as a "
            "dependant of the holder named above, for the compulsory health care insurance."
        ),
        "declaration_mutation": (
            "I instruct the Guichet Health Fund to take, in my name, the necessary steps with my "
            "current health fund; I do not need to do anything there myself."
        ),
        "declaration_truth": (
            "I declare on my honour that the information above is true and complete, and I "
            "undertake to inform the health fund of any change in my situation."
        ),
        "privacy": (
            "The Guichet Health Fund processes your data to manage your health insurance, in "
            "accordance with the General Data Protection Regulation (GDPR). You may consult and "
            "have them corrected at any of our offices."
        ),
        "signed_on": "Signed on {date}",
        "signature": "Signature",
        "signature_hint": "Electronic signature with the eID card",
        "receipt_title": "Official receipt of reimbursements",
        "receipt_intro": (
            "The Guichet Health Fund certifies that it reimbursed the health care services "
            "below, for the amounts shown."
        ),
        "reference_label": "Reference",
        "member": "Member",
        "affiliation_number": "Membership number",
        "beneficiaries": "Beneficiaries",
        "col_care_date": "Date of care",
        "col_paid_on": "paid on",
        "col_beneficiary": "Beneficiary",
        "col_provider": "Provider",
        "col_code_label": "Code and description",
        "col_official_fee": "Official fee",
        "col_supplement": "Supplement",
        "col_reimbursed": "Reimbursed",
        "col_personal_share": "Personal share",
        "total": "Total",
        "receipt_note": (
            "Personal share = official fee + supplement − reimbursement. A negative amount "
            "corrects an earlier reimbursement; it is counted in the totals."
        ),
        "issued_at_terminal": "Issued at the terminal on {date}",
        "receipt_signatory": "The reimbursements department of the Guichet Health Fund",
        "statement_title": "Statement of incapacity benefits",
        "statement_declaration": (
            "The Guichet Health Fund certifies that {name}, national register number {niss}, "
            "received the following incapacity benefits for the period from {start} to {end}."
        ),
        "statement_none": "No benefit was paid for this period.",
        "col_covers": "Period covered",
        "col_phase": "Kind",
        "col_days": "Days",
        "col_daily_amount": "Daily amount",
        "col_gross": "Gross",
        "col_withholding": "Withholding",
        "col_net": "Net",
        "col_payment_date": "Paid on",
        "phase_primary": "Primary incapacity",
        "phase_invalidity": "Invalidity",
        "phase_maternity": "Maternity leave",
        "statement_purpose": "This statement is issued for whatever purpose it may serve.",
        "statement_signatory": "The benefits department of the Guichet Health Fund",
        "bank_title": "Change of bank account",
        "bank_section_member": "1. Member",
        "bank_section_account": "2. Bank account",
        "bank_section_request": "3. Request",
        "bank_current_account": "Current account",
        "bank_no_current_account": "no account on file",
        "bank_new_account": "New account (IBAN)",
        "bank_name": "Bank",
        "bank_request": (
            "I, the undersigned, ask the Guichet Health Fund to pay the amounts due to me (health "
            "care reimbursements, benefits and other payments) into this account from now on."
        ),
    },
}


def check_language(language: str) -> str:
    """The language code itself, or UnsupportedLanguage."""
    if language not in TEXTS:
        raise UnsupportedLanguage(language)
    return language


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language`, with its {placeholders} filled from `values`."""
    return TEXTS[check_language(language)][key].format(**values)


def long_date(day: dt.date, language: str) -> str:
    """25 novembre 2026 / 25 november 2026 / 25. November 2026 / 25 November 2026.

    French writes the first of the month as an ordinal: 1er décembre 2026.
    """
    month = MONTHS[check_language(language)][day.month - 1]
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def country_name(code: str, language: str) -> str:
    """The country's name in `language`, or the ISO code itself when the table lacks it."""
    return COUNTRIES.get(code.upper(), {}).get(check_language(language), code.upper())
