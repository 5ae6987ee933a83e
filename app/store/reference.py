"""The mutuality's reference data: federations, agencies, dated rules, fees, MAF ceilings, calendar.

Every figure carries its source (../shared/reference/domain.md, section numbers below). Rules that
change with time are dated rows: a service looks up the row valid on the day it applies to, so a
new fee or a new ceiling is a new row, never a code change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.domain.codes import MafKind

D = Decimal
MUTUALITY_RULES = "mutuality's rules (domain.md §13)"
SINCE_EVER = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class FederationRef:
    code: str
    number: int
    name_fr: str
    name_nl: str
    name_de: str
    name_en: str
    language: str  # the main language of its members (Brussels is mixed)


FEDERATIONS = (
    FederationRef(
        "MWP", 1, "Mons Wallonie Picarde", "Mons Wallonie Picarde", "Mons Wallonie Picarde",
        "Mons Wallonie Picarde", "fr",
    ),
    FederationRef(
        "BXL", 2, "Bruxelles", "Brussel", "Brüssel", "Brussels", "fr",
    ),
    FederationRef("LIE", 3, "Liège", "Luik", "Lüttich", "Liège", "fr"),
    FederationRef(
        "OST", 4, "Communauté germanophone", "Duitstalige Gemeenschap", "Ostbelgien",
        "German-speaking Community", "de",
    ),
    FederationRef("ANT", 5, "Anvers", "Antwerpen", "Antwerpen", "Antwerp", "nl"),
    FederationRef(
        "OVL", 6, "Flandre orientale", "Oost-Vlaanderen", "Ostflandern", "East Flanders", "nl",
    ),
    FederationRef(
        "NAM", 7, "Namur-Luxembourg", "Namen-Luxemburg", "Namur-Luxemburg", "Namur-Luxembourg",
        "fr",
    ),
)  # fmt: skip

# (federation, code, name, street, number, postcode, municipality, phone)
AGENCIES = (
    ("MWP", "MWP-MONS", "Mons – Grand-Place", "Grand-Place", "22", "7000", "Mons", "065 40 00 00"),
    ("MWP", "MWP-TOUR", "Tournai – Centre", "Rue Royale", "45", "7500", "Tournai", "069 25 00 00"),
    ("MWP", "MWP-MOUS", "Mouscron", "Rue de Tourcoing", "8", "7700", "Mouscron", "056 85 00 00"),
    ("BXL", "BXL-CENT", "Bruxelles – Centre", "Boulevard Anspach", "111", "1000", "Bruxelles",
     "02 500 00 00"),
    ("BXL", "BXL-SCHA", "Schaerbeek", "Chaussée de Haecht", "260", "1030", "Schaerbeek",
     "02 501 00 00"),
    ("LIE", "LIE-CENT", "Liège – Saint-Lambert", "Place Saint-Lambert", "4", "4000", "Liège",
     "04 220 00 00"),
    ("LIE", "LIE-VERV", "Verviers", "Rue du Brou", "16", "4800", "Verviers", "087 30 00 00"),
    ("OST", "OST-EUPE", "Eupen", "Gospertstraße", "12", "4700", "Eupen", "087 59 00 00"),
    ("OST", "OST-STVI", "Sankt Vith", "Hauptstraße", "40", "4780", "Sankt Vith", "080 28 00 00"),
    ("ANT", "ANT-CENT", "Antwerpen – Meir", "Meir", "50", "2000", "Antwerpen", "03 200 00 00"),
    ("ANT", "ANT-MECH", "Mechelen", "Bruul", "31", "2800", "Mechelen", "015 40 00 00"),
    ("ANT", "ANT-TURN", "Turnhout", "Gasthuisstraat", "9", "2300", "Turnhout", "014 40 00 00"),
    ("OVL", "OVL-GENT", "Gent – Kouter", "Kouter", "18", "9000", "Gent", "09 260 00 00"),
    ("OVL", "OVL-AALS", "Aalst", "Grote Markt", "3", "9300", "Aalst", "053 70 00 00"),
    ("NAM", "NAM-NAMU", "Namur – Gare", "Place de la Station", "6", "5000", "Namur",
     "081 20 00 00"),
    ("NAM", "NAM-ARLO", "Arlon", "Grand-Rue", "28", "6700", "Arlon", "063 22 00 00"),
)  # fmt: skip

OPENING_HOURS = "Mon–Fri 8:30–12:30, 13:30–16:30"

SOURCE_RATES = (
    "domain.md §6 and §14: year 1 60 %; invalidity 65 / 55 / 40 % (with dependants, single, "
    "cohabitant)"
)
SOURCE_WITHHOLDING = "domain.md §6 and §14: about 11 % tax in year 1, 3.5 % pension in invalidity"
SOURCE_CEILINGS_2022 = "domain.md §6 and §14, cgslb.be 13/5/2024: incapacities started in 2022–23"
SOURCE_CEILINGS_2024 = (
    "domain.md §6 and §14, cgslb.be 13/5/2024: incapacities from 1/1/2024 (⚠ 'after 1/5/2024')"
)

DECLARATION = (
    "domain.md §14, INAMI 'Déclarer son incapacité' (unemployed, self-employed since 1/1/2022)"
)
RELAPSE = "domain.md §6: relapse within 14 days (primary) or 3 months (invalidity)"
LATE = "domain.md §14: waiver for a loss of 25 € or more; MC income limit, once per 3 years"
ELECTRONIC = "domain.md §14, INAMI 25/11/2025: electronic certificates from GPs, 3 months each"
RESUMPTION = "domain.md §14: partial resumption, late within 14 days −10 %, cut by fraction − 20 %"
DECLARATION_OLD = (
    "domain.md §6: before 1/1/2022 the unemployed 48 h (the 2nd day), the self-employed 14 days "
    "(older sources)"
)
SELF_EMPLOYED_RESUMPTION = (
    "domain.md §14: self-employed partial resumption, no cut for 6 months, −10 % until 31/12 "
    "of year 3, then by income ⚠ since when not stated"
)
MINIMA_2021 = "domain.md §6, drtpartners.webwin.be: minimum daily amounts since 1/1/2021 ⚠ old"
MINIMA_2022 = "domain.md §14, index notice 1/12/2022: minimum daily amounts"
FLAT_2021 = "domain.md §14, Securex: self-employed flat daily rates from 1/7/2021 ⚠ old"
INDEX_2021, INDEX_2022, FLAT_FROM = dt.date(2021, 1, 1), dt.date(2022, 12, 1), dt.date(2021, 7, 1)

ACCIDENT_DELAY = (
    "domain.md §10, §14: Mutualia blocks the file of a declaration not returned ⚠ the delay "
    "itself is not public: the mutuality's figure to confirm"
)
ACCIDENT_EVENT = "domain.md §14: detection by codes or combinations ⚠ the mutuality's own setting"
HOSPITAL_2018 = "domain.md §14: daily personal share, set of 1/1/2018"
HOSPITAL_2019 = "domain.md §14: daily personal share, set of 1/7/2019"
FEE_BANDS = "domain.md §14: reimbursement by age band (< 10 y, 10–75 y, 75+ or chronic)"
SPEECH_TIMING = "EN 301 549 / WCAG 2.2.1 timing adjustable; this mutuality's choice ⚠ to confirm"
HOSPITAL_NOW = "domain.md §14, uzleuven.be (current, undated ⚠: dated here 1/1/2024)"
HOSPITAL_SETS = (
    # from, source, ordinary day 1 / from day 2 / from day 91 with dependants, BIM day 1 /
    # from day 2, dependant day 1 / from day 2
    (dt.date(2018, 1, 1), HOSPITAL_2018, "43.20", "15.93", "5.66", "5.66", "5.66", "32.93", "5.66"),
    (dt.date(2019, 7, 1), HOSPITAL_2019, "43.52", "16.25", "5.77", "5.77", "5.77", "33.04", "5.77"),
    (dt.date(2024, 1, 1), HOSPITAL_NOW, "47.08", "19.81", "7.03", "7.03", "7.03", "34.30", "7.03"),
)  # fmt: skip
HOSPITAL_SHARE_NAMES = (
    "hospital_share_day1_ordinary",
    "hospital_share_day2_ordinary",
    "hospital_share_long_ordinary_family",
    "hospital_share_day1_bim",
    "hospital_share_day2_bim",
    "hospital_share_day1_dependant",
    "hospital_share_day2_dependant",
)
HOSPITAL_SHARES = (
    *(
        (name, D(value), since, source)
        for since, source, *values in HOSPITAL_SETS
        for name, value in zip(HOSPITAL_SHARE_NAMES, values, strict=True)
    ),
    ("hospital_long_stay_from_day", D(91), SINCE_EVER, "domain.md §14: from day 91"),
)

# Federation parameters: (name, value, valid_from, source); MWP's majority age differs.
PARAMETERS = (
    ("majority_age", D(18), SINCE_EVER, MUTUALITY_RULES),
    ("holder_contribution", D("11.40"), SINCE_EVER, MUTUALITY_RULES),
    ("mutation_deadline_day", D(5), SINCE_EVER, MUTUALITY_RULES),
    ("late_declaration_penalty", D("0.10"), SINCE_EVER, MUTUALITY_RULES),
    ("prolongation_deadline_hours", D(48), SINCE_EVER, MUTUALITY_RULES),
    ("partial_resumption_notice_working_days", D(1), SINCE_EVER, MUTUALITY_RULES),
    ("statement_max_days", D(365), SINCE_EVER, MUTUALITY_RULES),  # 366 days are refused
    ("statement_years_back", D(9), SINCE_EVER, MUTUALITY_RULES),
    ("letter_working_days", D(3), SINCE_EVER, MUTUALITY_RULES),
    ("young_saver_min_age", D(14), SINCE_EVER, "young savers' account, 14 to 30 (issue 2)"),
    ("young_saver_max_age", D(30), SINCE_EVER, "young savers' account, 14 to 30 (issue 2)"),
    # Not in the domain reference: the demo's own figure for the account's ceiling.
    ("young_saver_max_balance", D("500.00"), SINCE_EVER, "demo value, to confirm"),
    ("bim_young_free_max_age", D(24), dt.date(2023, 10, 1), "domain.md §3 (BIM 0–24 with DMG)"),
    # Incapacity indemnities (national rules, the same row in every federation), by the day
    # they apply to: the rates and ceilings by the incapacity's start (or the invalidity's),
    # the withholdings by the payment's day.
    ("primary_indemnity_rate", D("0.60"), SINCE_EVER, SOURCE_RATES),
    ("invalidity_rate_with_dependants", D("0.65"), SINCE_EVER, SOURCE_RATES),
    ("invalidity_rate_single", D("0.55"), SINCE_EVER, SOURCE_RATES),
    ("invalidity_rate_cohabitant", D("0.40"), SINCE_EVER, SOURCE_RATES),
    ("primary_withholding_rate", D("0.11"), SINCE_EVER, SOURCE_WITHHOLDING),
    ("invalidity_withholding_rate", D("0.035"), SINCE_EVER, SOURCE_WITHHOLDING),
    ("capped_daily_wage", D("174.1052"), dt.date(2022, 1, 1), SOURCE_CEILINGS_2022),
    ("capped_daily_wage", D("179.5442"), dt.date(2024, 1, 1), SOURCE_CEILINGS_2024),
    ("primary_max_daily", D("104.46"), dt.date(2022, 1, 1), SOURCE_CEILINGS_2022),
    ("primary_max_daily", D("107.73"), dt.date(2024, 1, 1), SOURCE_CEILINGS_2024),
    # Incapacity at the terminal (issue 15, migration 0012): declarations, relapses, late
    # declarations, electronic certificates, partial resumption, minimum amounts, flat rates.
    ("declaration_days_worker", D(14), SINCE_EVER, DECLARATION),
    ("declaration_days_employee", D(28), SINCE_EVER, DECLARATION),
    ("declaration_days_unemployed", D(2), SINCE_EVER, DECLARATION_OLD),
    ("declaration_days_unemployed", D(7), dt.date(2022, 1, 1), DECLARATION),
    ("declaration_days_self_employed", D(14), SINCE_EVER, DECLARATION_OLD),
    ("declaration_days_self_employed", D(7), dt.date(2022, 1, 1), DECLARATION),
    # 1: the first day of incapacity counts in the deadline; 0: it does not.
    ("declaration_day1_counts_worker", D(1), SINCE_EVER, DECLARATION),
    ("declaration_day1_counts_employee", D(1), SINCE_EVER, DECLARATION),
    ("declaration_day1_counts_unemployed", D(1), SINCE_EVER, DECLARATION_OLD),
    ("declaration_day1_counts_unemployed", D(0), dt.date(2022, 1, 1), DECLARATION),
    ("declaration_day1_counts_self_employed", D(0), SINCE_EVER, DECLARATION_OLD),
    ("declaration_day1_counts_self_employed", D(0), dt.date(2022, 1, 1), DECLARATION),
    # The indemnity starts after the employer's guaranteed salary (days after the first).
    ("paid_from_day_worker", D(14), SINCE_EVER, "domain.md §6: guaranteed salary"),
    ("paid_from_day_employee", D(30), SINCE_EVER, "domain.md §6: guaranteed salary"),
    ("paid_from_day_unemployed", D(0), SINCE_EVER, "domain.md §6"),
    ("paid_from_day_self_employed", D(7), SINCE_EVER, "domain.md §14: 7 days"),
    ("relapse_days_primary", D(14), SINCE_EVER, RELAPSE),
    ("relapse_months_invalidity", D(3), SINCE_EVER, RELAPSE),
    ("late_waiver_min_loss", D("25.00"), SINCE_EVER, LATE),
    ("late_waiver_income_base", D("18855.63"), SINCE_EVER, LATE),
    ("late_waiver_income_per_member", D("3490.68"), SINCE_EVER, LATE),
    ("late_waiver_once_in_years", D(3), SINCE_EVER, LATE),
    ("self_employed_late_grace_months", D(1), dt.date(2022, 1, 1), DECLARATION),
    ("electronic_certificate_max_months", D(3), dt.date(2026, 1, 1), ELECTRONIC),
    ("paper_certificate_max_days", D(14), dt.date(2026, 1, 1), ELECTRONIC),
    ("partial_resumption_late_days", D(14), SINCE_EVER, RESUMPTION),
    ("partial_resumption_late_penalty", D("0.10"), SINCE_EVER, RESUMPTION),
    ("partial_resumption_free_fraction", D("0.20"), dt.date(2018, 4, 1), RESUMPTION),
    ("partial_resumption_max_months", D(24), dt.date(2018, 4, 1), RESUMPTION),
    # A self-employed member's partial resumption: no cut for so many months, then a flat cut
    # until the 31/12 of the so-many-th calendar year (the start's counted as the first).
    ("self_employed_resumption_free_months", D(6), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    ("self_employed_resumption_cut", D("0.10"), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    ("self_employed_resumption_cut_years", D(3), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    # The member tells the mutuality the day they resumed within so many days (the return form).
    (
        "return_notice_days",
        D(8),
        SINCE_EVER,
        "socialsecurity.be, DRS scenario 6: the worker gives the date of return within 8 days",
    ),
    ("minimum_from_month", D(4), SINCE_EVER, MINIMA_2022),
    ("minimum_family_from_month", D(7), SINCE_EVER, MINIMA_2022),
    ("minimum_regular_with_dependants", D("62.08"), INDEX_2021, MINIMA_2021),
    ("minimum_regular_single", D("49.68"), INDEX_2021, MINIMA_2021),
    ("minimum_regular_cohabitant", D("42.60"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_with_dependants", D("51.18"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_single", D("37.87"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_cohabitant", D("37.87"), INDEX_2021, MINIMA_2021),
    # From month 4 to 6 the family situation counts for "with dependants" only.
    ("minimum_m4_regular_with_dependants", D("73.10"), INDEX_2022, MINIMA_2022),
    ("minimum_m4_non_regular_with_dependants", D("61.54"), INDEX_2022, MINIMA_2022),
    ("minimum_m4_others", D("58.21"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_with_dependants", D("73.10"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_single", D("58.21"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_cohabitant", D("49.91"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_with_dependants", D("61.54"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_single", D("45.54"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_cohabitant", D("45.54"), INDEX_2022, MINIMA_2022),
    ("self_employed_flat_with_dependants", D("63.63"), FLAT_FROM, FLAT_2021),
    ("self_employed_flat_single", D("50.67"), FLAT_FROM, FLAT_2021),
    ("self_employed_flat_cohabitant", D("38.86"), FLAT_FROM, FLAT_2021),
    # Accidents (issue 16, migration 0013): a declaration not returned within so many days
    # blocks the household's file; care within so many days of the first is one presumed
    # accident for one detection run.
    ("accident_return_days", D(30), SINCE_EVER, ACCIDENT_DELAY),
    ("accident_same_event_days", D(7), SINCE_EVER, ACCIDENT_EVENT),
    # A hospital stay's daily personal share (issue 16, migration 0015), by category: day 1,
    # from day 2, and from the long-stay day (91) for an ordinary member with dependants (the
    # others keep the day-2 share).
    *HOSPITAL_SHARES,
    # Queue tickets (issue 16, migration 0017): the expected wait before the day has figures.
    ("ticket_default_service_minutes", D(10), SINCE_EVER, "demo value, to confirm"),
    # The visit's idle limit while speech guidance is on (issue 17, migration 0018): the
    # terminal takes the longer of it and its own setting.
    ("speech_inactivity_seconds", D(240), dt.date(2025, 6, 28), SPEECH_TIMING),
    # The nomenclature's age bands (issue 16, migration 0014): < 10, 10–74, 75 and over.
    ("fee_band_child_below_age", D(10), SINCE_EVER, FEE_BANDS),
    ("fee_band_senior_from_age", D(75), SINCE_EVER, FEE_BANDS),
)
MWP_MAJORITY_AGE = D(16)


@dataclass(frozen=True)
class AccidentsService:
    """Where an accident declaration goes (domain.md §14: the seed's channels)."""

    phone: str
    email: str


ACCIDENTS_SERVICE = AccidentsService(phone="087/30.80.95", email="accidents@mutualia.be")

SOURCE_GP_2024 = "domain.md §3, vnz.be tariffs from 1 Jan 2024"
SOURCE_SPEC_2017 = "domain.md §3, cm.be 2017 fees (superseded; TM 12/3 still current)"

# code, category, labels fr/nl/de/en
NOMENCLATURE = (
    ("101010", "gp", "Consultation médecin généraliste (droits acquis)",
     "Raadpleging huisarts (verworven rechten)", "Sprechstunde Allgemeinarzt (erworbene Rechte)",
     "GP consultation (acquired rights)"),
    ("101032", "gp", "Consultation médecin généraliste agréé", "Raadpleging erkende huisarts",
     "Sprechstunde anerkannter Allgemeinarzt", "Recognised GP consultation"),
    ("101076", "gp", "Consultation médecin généraliste accrédité",
     "Raadpleging geaccrediteerde huisarts", "Sprechstunde akkreditierter Allgemeinarzt",
     "Accredited GP consultation"),
    ("101496", "dmg", "Ouverture du dossier médical global", "Opening globaal medisch dossier",
     "Eröffnung der globalen medizinischen Akte", "Opening of the global medical file"),
    ("101533", "dmg", "Prolongation du dossier médical global",
     "Verlenging globaal medisch dossier", "Verlängerung der globalen medizinischen Akte",
     "Extension of the global medical file"),
    ("102012", "specialist", "Consultation médecin spécialiste",
     "Raadpleging geneesheer-specialist",
     "Sprechstunde Facharzt", "Specialist consultation"),
    ("102034", "specialist", "Consultation interniste", "Raadpleging internist",
     "Sprechstunde Internist", "Internal medicine consultation"),
    ("102071", "specialist", "Consultation pédiatre", "Raadpleging kinderarts",
     "Sprechstunde Kinderarzt", "Paediatric consultation"),
    ("102093", "specialist", "Consultation cardiologue", "Raadpleging cardioloog",
     "Sprechstunde Kardiologe", "Cardiology consultation"),
    ("102115", "specialist", "Consultation gastro-entérologue", "Raadpleging gastro-enteroloog",
     "Sprechstunde Gastroenterologe", "Gastro-enterology consultation"),
    ("102130", "specialist", "Consultation pneumologue", "Raadpleging pneumoloog",
     "Sprechstunde Pneumologe", "Pneumology consultation"),
    ("102152", "specialist", "Consultation rhumatologue", "Raadpleging reumatoloog",
     "Sprechstunde Rheumatologe", "Rheumatology consultation"),
    ("102174", "specialist", "Consultation neurologue", "Raadpleging neuroloog",
     "Sprechstunde Neurologe", "Neurology consultation"),
    ("102196", "specialist", "Consultation neuropsychiatre", "Raadpleging neuropsychiater",
     "Sprechstunde Neuropsychiater", "Neuropsychiatry consultation"),
    ("102255", "specialist", "Consultation endocrino-diabétologue",
     "Raadpleging endocrino-diabetoloog", "Sprechstunde Endokrinologe-Diabetologe",
     "Endocrinology-diabetology consultation"),
    ("102734", "specialist", "Consultation dermatologue", "Raadpleging dermatoloog",
     "Sprechstunde Dermatologe", "Dermatology consultation"),
    ("102896", "specialist", "Consultation gériatre", "Raadpleging geriater",
     "Sprechstunde Geriater", "Geriatrics consultation"),
    # Care that suggests an accident (issue 16): demo codes ⚠ to confirm from NomenSoft.
    ("590015", "emergency", "Admission au service des urgences", "Opname op de spoedgevallendienst",
     "Aufnahme in der Notaufnahme", "Emergency department admission"),
    ("455015", "imaging", "Radiographie d'un membre", "Radiografie van een ledemaat",
     "Röntgenaufnahme einer Gliedmaße", "X-ray of a limb"),
    ("290015", "orthopaedics", "Pose d'un plâtre", "Aanleggen van een gipsverband",
     "Anlegen eines Gipsverbands", "Plaster cast"),
    ("423010", "surgery", "Suture d'une plaie", "Hechten van een wonde", "Naht einer Wunde",
     "Suture of a wound"),
    ("102550", "orthopaedics", "Consultation orthopédiste", "Raadpleging orthopedist",
     "Sprechstunde Orthopäde", "Orthopaedic consultation"),
    # Issue 16: GP home visits with their reimbursement by age band, and NomenSoft's example
    # code (domain.md §14); their fees come from the demo NomenSoft files (data/nomensoft/).
    ("103110", "gp_visit",
     "Visite au domicile du patient par un médecin généraliste (droits acquis)",
     "Bezoek aan huis door een huisarts (verworven rechten)",
     "Hausbesuch durch einen Allgemeinarzt (erworbene Rechte)",
     "GP home visit (acquired rights)"),
    ("103132", "gp_visit",
     "Visite au domicile du patient par un médecin généraliste (formation complémentaire)",
     "Bezoek aan huis door een huisarts (aanvullende opleiding)",
     "Hausbesuch durch einen Allgemeinarzt (Zusatzausbildung)",
     "GP home visit (complementary training)"),
    ("104215", "gp_visit", "Visite du médecin généraliste entre 18 et 21 heures",
     "Bezoek van de huisarts tussen 18 en 21 uur", "Besuch des Allgemeinarztes von 18 bis 21 Uhr",
     "GP visit between 6 and 9 pm"),
    ("104230", "gp_visit", "Visite du médecin généraliste entre 21 et 8 heures",
     "Bezoek van de huisarts tussen 21 en 8 uur", "Besuch des Allgemeinarztes von 21 bis 8 Uhr",
     "GP visit between 9 pm and 8 am"),
    ("302805", "other", "Exemple NomenSoft : prestation 302805 (libellé à confirmer)",
     "NomenSoft-voorbeeld: verstrekking 302805 (omschrijving te bevestigen)",
     "NomenSoft-Beispiel: Leistung 302805 (Bezeichnung zu bestätigen)",
     "NomenSoft example: service 302805 (label to be confirmed)"),
)  # fmt: skip

# code -> (valid_from, source, without DMG (fee, ordinary, bim), with DMG (fee, ordinary, bim))
GP_2024 = dt.date(2024, 1, 1)
SPEC_2017 = dt.date(2017, 1, 1)


def _spec(fee: str, ordinary: str, bim: str) -> tuple:
    row = (D(fee), D(ordinary), D(bim))
    return (SPEC_2017, SOURCE_SPEC_2017, row, row)


FEES = {
    "101010": (GP_2024, SOURCE_GP_2024, (D("18.85"), D("12.85"), D("17.35")),
               (D("18.85"), D("14.85"), D("17.85"))),
    "101032": (GP_2024, SOURCE_GP_2024, (D("25.68"), D("19.68"), D("24.18")),
               (D("25.68"), D("21.68"), D("24.68"))),
    "101076": (GP_2024, SOURCE_GP_2024, (D("31.81"), D("25.81"), D("30.31")),
               (D("31.81"), D("27.81"), D("30.81"))),
    "101496": (GP_2024, SOURCE_GP_2024, (D("36.61"),) * 3, (D("36.61"),) * 3),
    "101533": (GP_2024, SOURCE_GP_2024, (D("36.61"),) * 3, (D("36.61"),) * 3),
    "102034": _spec("37.15", "25.15", "34.15"),
    "102071": _spec("34.09", "22.09", "31.09"),
    "102093": _spec("31.69", "19.69", "28.69"),
    "102115": _spec("31.69", "19.69", "28.69"),
    "102130": _spec("33.27", "21.27", "30.27"),
    "102152": _spec("51.49", "39.49", "48.49"),
    "102174": _spec("52.81", "40.81", "49.81"),
    "102196": _spec("43.46", "31.46", "40.46"),
    "102255": _spec("56.33", "44.33", "53.33"),
    "102734": _spec("28.90", "16.90", "25.90"),
    "102896": _spec("35.79", "23.79", "32.79"),
    "102012": _spec("20.75", "8.75", "17.75"),
}  # fmt: skip

# The earliest care date the fee table covers: GP fees are known from 1 Jan 2024 only.
FEES_KNOWN_FROM = GP_2024

SOURCE_MAF_2023 = "domain.md §5, mc.be MAF 2023 ceilings (income 2021); later brackets not found"
MAF_2023 = dt.date(2023, 1, 1)
MAF_INCOME_BRACKETS = (
    (D("0.00"), D("12186.41"), D("250.00")),
    (D("12186.41"), D("21801.89"), D("506.79")),
    (D("21801.89"), D("33516.33"), D("732.03")),
    (D("33516.33"), D("45230.81"), D("1126.20")),
    (D("45230.81"), D("56457.17"), D("1576.68")),
    (D("56457.17"), None, D("2027.16")),
)
MAF_SOCIAL_CEILING = D("506.79")
MAF_CHILD_CEILING = D("732.03")


def federation_rows() -> list[dict]:
    return [
        {
            "id": f.number,
            "code": f.code,
            "name_fr": f.name_fr,
            "name_nl": f.name_nl,
            "name_de": f.name_de,
            "name_en": f.name_en,
        }
        for f in FEDERATIONS
    ]


def agency_rows() -> list[dict]:
    numbers = {f.code: f.number for f in FEDERATIONS}
    return [
        {
            "id": index,
            "federation_id": numbers[fed],
            "code": code,
            "name": name,
            "street": street,
            "house_number": number,
            "postcode": postcode,
            "municipality": municipality,
            "phone": phone,
            "opening_hours": OPENING_HOURS,
        }
        for index, (fed, code, name, street, number, postcode, municipality, phone) in enumerate(
            AGENCIES, start=1
        )
    ]


def parameter_rows() -> list[dict]:
    rows = []
    for federation in FEDERATIONS:
        for name, value, valid_from, source in PARAMETERS:
            if name == "majority_age" and federation.code == "MWP":
                value = MWP_MAJORITY_AGE
            rows.append(
                {
                    "id": len(rows) + 1,
                    "federation_id": federation.number,
                    "name": name,
                    "value": value,
                    "valid_from": valid_from,
                    "valid_to": None,
                    "source": source,
                }
            )
    return rows


def nomenclature_rows() -> list[dict]:
    return [
        {"code": code, "category": category, "label_fr": fr, "label_nl": nl, "label_de": de,
         "label_en": en}
        for code, category, fr, nl, de, en in NOMENCLATURE
    ]  # fmt: skip


def fee_rows() -> list[dict]:
    rows = []
    for code, (valid_from, source, without_dmg, with_dmg) in FEES.items():
        for dmg, (fee, ordinary, bim) in ((False, without_dmg), (True, with_dmg)):
            rows.append(
                {
                    "id": len(rows) + 1,
                    "code": code,
                    "valid_from": valid_from,
                    "valid_to": None,
                    "with_dmg": dmg,
                    "official_fee": fee,
                    "reimbursement_ordinary": ordinary,
                    "reimbursement_bim": bim,
                    "source": source,
                }
            )
    return rows


def maf_ceiling_rows() -> list[dict]:
    rows = []

    def add(kind: MafKind, low: Decimal, high: Decimal | None, ceiling: Decimal) -> None:
        rows.append(
            {
                "id": len(rows) + 1,
                "kind": kind,
                "valid_from": MAF_2023,
                "valid_to": None,
                "income_from": low,
                "income_to": high,
                "ceiling": ceiling,
                "source": SOURCE_MAF_2023,
            }
        )

    for low, high, ceiling in MAF_INCOME_BRACKETS:
        add(MafKind.INCOME, low, high, ceiling)
    add(MafKind.SOCIAL, D("0.00"), None, MAF_SOCIAL_CEILING)
    add(MafKind.CHILD, D("0.00"), None, MAF_CHILD_CEILING)
    return rows
