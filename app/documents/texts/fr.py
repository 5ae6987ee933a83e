"""Every sentence of the PDFs in French, by key (the keys are the same in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
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
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
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
}
