"""The mutuality's reference data: federations, agencies, dated rules, fees, MAF ceilings, calendar.

Every figure carries its source (../shared/reference/domain.md, section numbers below). Rules that
change with time are dated rows: a service looks up the row valid on the day it applies to, so a
new fee or a new ceiling is a new row, never a code change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.domain.codes import IncapacityPhase, MafKind
from app.domain.workdays import (
    last_working_day_of_month,
    next_working_day,
    working_days_back,
)

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
)
MWP_MAJORITY_AGE = D(16)

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


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def primary_pay_dates(year: int, month: int) -> tuple[dt.date, dt.date]:
    """Primary incapacity is paid twice a month: days 1–15 on the second-to-last working day of
    the month, days 16–end on the first working day from the 15th of the next month.
    (The seed's December 2025 payment, 30/12/2025, domain.md §13, follows from it.)"""
    first_half = working_days_back(last_working_day_of_month(year, month), 1)
    next_year, next_month = year + month // 12, month % 12 + 1
    second_half = next_working_day(dt.date(next_year, next_month, 15))
    return first_half, second_half


def invalidity_pay_date(year: int, month: int) -> dt.date:
    """Invalidity is paid once a month, three working days before the month's last one; in
    December from the 19th, before the holidays (19/12/2025 in the seed, domain.md §13)."""
    if month == 12:
        return next_working_day(dt.date(year, 12, 19))
    return working_days_back(last_working_day_of_month(year, month), 2)


def payment_calendar_rows(first_year: int, last_year: int) -> list[dict]:
    rows = []
    for year in range(first_year, last_year + 1):
        for month in range(1, 13):
            first_half, second_half = primary_pay_dates(year, month)
            end = _month_end(year, month)
            for phase, start, stop, pay_on in (
                (IncapacityPhase.PRIMARY, dt.date(year, month, 1), dt.date(year, month, 15),
                 first_half),
                (IncapacityPhase.PRIMARY, dt.date(year, month, 16), end, second_half),
                (IncapacityPhase.INVALIDITY, dt.date(year, month, 1), end,
                 invalidity_pay_date(year, month)),
            ):  # fmt: skip
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "phase": phase,
                        "covers_from": start,
                        "covers_to": stop,
                        "pay_on": pay_on,
                    }
                )
    return rows
