"""Every sentence of the PDFs in Dutch, by key (the keys are the same in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
}
