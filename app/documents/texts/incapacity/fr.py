"""Les phrases des formulaires d'incapacité en français, par clé (les mêmes dans chaque langue).

Les mots communs aux autres documents (numéro de registre national, adresse, signature…)
viennent de app/documents/texts/fr.py.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title_certificate_employee": "Certificat d'incapacité de travail",
    "subtitle_certificate_employee": ("Ouvriers, employés et chômeurs · pour le médecin-conseil"),
    "title_certificate_self_employed": "Certificat d'incapacité de travail",
    "subtitle_certificate_self_employed": "Travailleurs indépendants · pour le médecin-conseil",
    "title_secondary_activity": "Déclaration d'une activité indépendante complémentaire",
    "subtitle_secondary_activity": ("Pendant une incapacité de travail · pour le médecin-conseil"),
    "title_return_employee": "Reprise du travail",
    "subtitle_return_employee": "Ouvriers, employés et chômeurs",
    "title_return_self_employed": "Reprise du travail",
    "subtitle_return_self_employed": "Travailleurs indépendants",
    "title_resumption_employee": "Demande de reprise partielle du travail",
    "subtitle_resumption_employee": (
        "Travail autorisé pendant une incapacité · ouvriers, employés et chômeurs"
    ),
    "title_resumption_self_employed": "Demande de reprise partielle d'activité",
    "subtitle_resumption_self_employed": (
        "Activité autorisée pendant une incapacité · travailleurs indépendants"
    ),
    "title_voluntary_work": "Demande d'autorisation d'exercer une activité bénévole",
    "subtitle_voluntary_work": "Pendant une incapacité de travail · pour le médecin-conseil",
    "send_to": ("Envoyez ce formulaire au médecin-conseil, à votre agence : {agency}, {address}."),
    "section_member": "Le membre",
    "federation": "Fédération",
    "agency": "Votre agence",
    "work_status": "Statut professionnel",
    "status_worker": "ouvrier",
    "status_employee": "employé",
    "status_unemployed": "chômeur",
    "status_self_employed": "indépendant",
    "incapacity_since": "En incapacité de travail depuis le",
    "date_letters": "JJMMAAAA",
    "yes": "oui",
    "no": "non",
    "section_member_part": "À compléter par le membre",
    "employer_or_fund": (
        "Employeur (nom et adresse) ou, si vous êtes chômeur, votre organisme de paiement des "
        "allocations de chômage"
    ),
    "last_day_worked": "Dernier jour de travail",
    "accident_question": "Votre incapacité est-elle due à un accident ?",
    "accident_work": "oui, un accident du travail ou sur le chemin du travail",
    "accident_other": "oui, un autre accident (un tiers peut être responsable)",
    "activity": "Votre activité d'indépendant (ce que vous faites)",
    "enterprise_number": "Numéro d'entreprise",
    "social_fund": "Caisse d'assurances sociales pour indépendants",
    "activity_stopped_on": "Activité arrêtée le",
    "activity_continued": "Quelqu'un poursuit-il votre activité pendant votre incapacité ?",
    "continued_by": "Si oui, qui (conjoint, partenaire, salarié) ?",
    "section_doctor": ("Confidentiel · à compléter par le médecin, pour le médecin-conseil"),
    "doctor_note": (
        "Cette partie contient des données médicales : envoyez le certificat sous enveloppe "
        "adressée au médecin-conseil, avec la mention « Confidentiel »."
    ),
    "diagnosis": "Diagnostic",
    "incapacity_from": "Incapacité de travail du",
    "incapacity_until": "Au (date de fin probable, obligatoire) inclus",
    "hospitalised": "Hospitalisation ?",
    "hospitalised_from": "Si oui, admis le",
    "may_go_out": "Le patient peut-il sortir ?",
    "cause": "L'incapacité résulte",
    "cause_illness": "d'une maladie",
    "cause_accident": "d'un accident",
    "cause_pregnancy": "d'une maladie liée à la grossesse",
    "doctor_name": "Nom et numéro INAMI du médecin",
    "doctor_address": "Adresse du médecin",
    "doctor_signature": "Date, signature et cachet du médecin",
    "member_signature": "Date et signature du membre",
    "section_activity": "Votre activité indépendante complémentaire",
    "activity_since": "Exercée depuis le",
    "activity_hours": "Heures par semaine",
    "activity_income": "Revenu annuel attendu (€)",
    "activity_before": "Exerciez-vous cette activité avant votre incapacité ?",
    "activity_during": "Souhaitez-vous la poursuivre pendant votre incapacité ?",
    "section_return": "Votre reprise",
    "return_as": "Je reprends",
    "return_work": "le travail",
    "return_unemployment": "le chômage (comme demandeur d'emploi)",
    "return_on": "Date de reprise (premier jour de travail ou de chômage)",
    "return_employer": (
        "Employeur, ou organisme de paiement des allocations de chômage (nom et adresse)"
    ),
    "return_activity": "Je reprends mon activité d'indépendant",
    "return_fully": "entièrement",
    "return_partly": "en partie (demandez-le avec le formulaire de reprise partielle)",
    "return_last_day": "Votre incapacité se termine la veille de cette date.",
    "section_request": "La demande",
    "starts_on": "Premier jour de travail",
    "employer": "Employeur (nom et adresse)",
    "resumed_activity": "L'activité que vous reprenez (ce que vous faites)",
    "work_hours": "Heures de travail par semaine",
    "reference_hours": "Heures par semaine d'un travailleur à temps plein dans la même fonction",
    "reference_hours_self_employed": "Vos heures habituelles par semaine avant l'incapacité",
    "work_fraction": "Part d'un temps plein",
    "job_description": "Le travail que vous ferez, et son horaire",
    "expected_cut": "Réduction attendue de votre indemnité",
    "request_declaration": (
        "Je demande au médecin-conseil d'autoriser cette reprise partielle pendant mon "
        "incapacité de travail."
    ),
    "section_voluntary": "L'activité bénévole",
    "organisation": "Organisation (nom et adresse)",
    "voluntary_what": "Ce que vous ferez",
    "voluntary_starts_on": "Date de début",
    "voluntary_hours": "Heures par semaine",
    "voluntary_allowance": "Défraiement",
    "allowance_none": "aucun",
    "allowance_flat": "frais forfaitaires",
    "allowance_actual": "frais réels",
    "voluntary_declaration": (
        "Je demande au médecin-conseil d'autoriser cette activité bénévole pendant mon "
        "incapacité de travail."
    ),
    "section_declaration": "Déclaration",
    "section_rules": "Ce que disent les règles",
    "rule_declaration_intro": (
        "Votre certificat doit parvenir au médecin-conseil dans ce nombre de jours calendrier à "
        "compter du premier jour d'incapacité :"
    ),
    "rule_declaration_counted": "{status} : {days} jours, le premier jour compris ;",
    "rule_declaration_not_counted": "{status} : {days} jours, le premier jour non compris ;",
    "rule_declaration_yours": (
        "Pour votre incapacité depuis le {start} : au plus tard le {deadline}."
    ),
    "rule_next_working_day": (
        "Un délai qui se termine un samedi, un dimanche ou un jour férié est reporté au jour "
        "ouvrable suivant."
    ),
    "rule_prolongation": (
        "Si votre incapacité se prolonge, un nouveau certificat doit commencer le lendemain "
        "de la fin du précédent, couvrir chaque jour calendrier et nous parvenir dans les "
        "{hours} heures qui suivent le dernier jour du précédent."
    ),
    "rule_late": (
        "Un certificat qui arrive en retard vous coûte {rate} de votre indemnité du premier "
        "jour indemnisé jusqu'au jour de son arrivée."
    ),
    "rule_grace_one": (
        "Indépendants : une fois par incapacité, un certificat en retard de {months} mois au "
        "plus ne coûte rien."
    ),
    "rule_grace_many": (
        "Indépendants : une fois par incapacité, un certificat en retard de {months} mois au "
        "plus ne coûte rien."
    ),
    "rule_electronic": (
        "Si votre médecin nous envoie le certificat par voie électronique, vous ne l'envoyez "
        "pas sur papier. Un certificat électronique couvre {months} mois au plus."
    ),
    "rule_relapse": (
        "Retomber malade dans les {days} jours après la reprise (première année d'incapacité), "
        "ou dans les {months} mois (invalidité), est une rechute : envoyez un certificat dans "
        "les {hours} heures."
    ),
    "rule_return_notice": (
        "Envoyez ce formulaire dans les {days} jours qui suivent la date de votre reprise."
    ),
    "rule_return_early": (
        "Si vous reprenez avant la date de fin de votre certificat, l'indemnité payée pour les "
        "jours travaillés est récupérée."
    ),
    "rule_activity": (
        "Toute activité pendant une incapacité demande l'autorisation du médecin-conseil ; "
        "travailler sans elle peut vous coûter l'indemnité payée."
    ),
    "rule_resumption_deadline_one": (
        "La demande doit parvenir au médecin-conseil au plus tard {days} jour ouvrable avant "
        "le premier jour de travail."
    ),
    "rule_resumption_deadline_many": (
        "La demande doit parvenir au médecin-conseil au plus tard {days} jours ouvrables avant "
        "le premier jour de travail."
    ),
    "rule_activity_deadline_one": (
        "Cette déclaration doit parvenir au médecin-conseil au plus tard {days} jour ouvrable "
        "avant que vous poursuiviez l'activité pendant votre incapacité."
    ),
    "rule_activity_deadline_many": (
        "Cette déclaration doit parvenir au médecin-conseil au plus tard {days} jours ouvrables"
        " avant que vous poursuiviez l'activité pendant votre incapacité."
    ),
    "rule_resumption_yours": "Pour une reprise le {start} : au plus tard le {deadline}.",
    "rule_resumption_late": (
        "Si elle arrive plus tard, mais dans les {days} jours après le début, votre indemnité "
        "est réduite de {rate} du début jusqu'au jour de l'envoi ; plus tard encore, vous ne "
        "recevez aucune indemnité à partir du début."
    ),
    "rule_resumption_cut": (
        "Pendant le travail à temps partiel, votre indemnité est réduite de la part d'un "
        "temps plein que vous travaillez, moins {free} : à mi-temps, {example}."
    ),
    "rule_resumption_employee_start": (
        "Vous pouvez commencer avant la décision du médecin-conseil ; s'il refuse, vous devez "
        "arrêter aussitôt."
    ),
    "rule_resumption_self_employed_start": (
        "Vous ne pouvez commencer qu'une fois l'autorisation du médecin-conseil reçue."
    ),
    "rule_resumption_max": (
        "Une autorisation vaut {months} mois au plus : redemandez-la avant qu'elle prenne fin."
    ),
    "rule_voluntary": (
        "Une activité bénévole pendant une incapacité demande l'autorisation du "
        "médecin-conseil avant de commencer : envoyez cette demande à temps."
    ),
}
