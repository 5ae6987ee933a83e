"""Demo data for the central database: deterministic for a (seed, as-of date) pair.

One `random.Random(seed)` drives everything, and every date is counted from `as_of` (the demo's
"today"), so the same arguments give the same rows on SQLite and on PostgreSQL. Rows are built
as plain dicts with their primary keys assigned here and written with Core bulk inserts in
batches: 100,000 households (about 250,000 members and millions of reimbursement lines) fit in
memory one batch at a time.

Besides random households, a few fixed households guarantee one member for each case a demo or
a test needs (`CASES`); `SeedSummary.cases` gives their national numbers.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Engine, func, select, text

from app.domain.codes import (
    AccountStatus,
    AgreementDecision,
    CertificateChannel,
    CertificateKind,
    Channel,
    ConvocationStatus,
    DocumentDirection,
    FamilySituation,
    IncapacityPhase,
    Language,
    LoginMode,
    MafKind,
    MemberRole,
    MemberStatus,
    OrderKind,
    OrderStatus,
    PaymentKind,
    RequestStatus,
    Sex,
    StaffRole,
    WorkStatus,
)
from app.domain.iban import belgian_iban_text
from app.domain.incapacity import (
    check_certificate,
    expected_first_paid_day,
    first_declaration_deadline,
)
from app.domain.money import ZERO, money
from app.domain.niss import niss_check_digits
from app.domain.passwords import hash_password
from app.domain.payment_calendar import calendar_for
from app.domain.workdays import next_working_day
from app.store import (
    nomenclature_import,
    payment_calendar,
    seed_accidents,
    seed_appointments,
    seed_contributions,
)
from app.store import reference as ref
from app.store.models import Base
from app.store.parameters import MemoryRuleBook, parameter_in_rows
from resources import DEMO

DEMO_PASSWORD = "demo1234"
STAFF = (
    # login, password, full name, role, agency code, medical adviser
    ("clerk", "clerk-demo", "Céline Dufrêne", StaffRole.CLERK, "MWP-MONS", False),
    ("supervisor", "supervisor-demo", "Pieter Vermeulen", StaffRole.SUPERVISOR, "ANT-CENT", False),
    ("adviser", "adviser-demo", "Dr Hélène Marchal", StaffRole.CLERK, "MWP-MONS", True),
)
# The staff who answer the demo's questions (the medical adviser does not).
ANSWERING_STAFF = sum(1 for *_rest, adviser in STAFF if not adviser)

CASES = (
    "active_account",
    "no_online_account",
    "deactivated_account",
    "blocked_dependant",
    "bim",
    "invalidity",
    "incapacity_primary",
    "maf_ceiling_reached",
    "dmg_expired",
    "young_saver",
    "dependant_under_16_mwp",
    "dependant_16_17_mwp",
    "dependant_under_18",
    "dependant_18_or_more",
    "medical_agreements",
    "cover_not_in_order",
    "incapacity_running",
)

# Tables in the order their foreign keys need.
TABLE_ORDER = (
    "federation",
    "federation_parameter",
    "agency",
    "nomenclature_code",
    "nomenclature_fee",
    "maf_ceiling",
    "payment_calendar",
    "staff",
    "household",
    "member",
    "insurability",
    "online_account",
    "online_login",
    "dmg",
    "payment",
    "reimbursement_line",
    "incapacity",
    "incapacity_certificate",
    "indemnity_payment",
    "medical_convocation",
    "maf_counter",
    "young_saver_account",
    "young_saver_movement",
    "medical_agreement",
    "document",
    "document_order",
    "contact_request",
    "contact_request_event",
    "audit_log",
    # Issue 16: each part's demo rows come from its own module (app/store/seed_*.py).
    "contribution",
    "accident_rule",
    "accident_detection_run",
    "accident_declaration",
    "accident_declaration_line",
    "appointment_slot",
    "appointment",
    "queue_ticket",
)

BATCH_ROWS = 40_000
BANK_CODES = ("001", "063", "068", "143", "310", "363", "645", "732", "734", "735", "750", "973")
EMAIL_DOMAINS = ("example.be", "example.com", "mail.example")

# The invalidity rate by household (app/store/reference.py's dated parameters), and the family
# situation it stands for.
INVALIDITY_RATES = (
    "invalidity_rate_with_dependants",
    "invalidity_rate_single",
    "invalidity_rate_cohabitant",
)
FAMILY_SITUATIONS = (
    FamilySituation.WITH_DEPENDANTS,
    FamilySituation.SINGLE,
    FamilySituation.COHABITANT,
)
# An electronic certificate may cover at most so many months from the day this dated rule
# starts (2026: domain.md §14); before it every certificate is paper.
ELECTRONIC_RULE = "electronic_certificate_max_months"
UNCHECKED_DAYS = 7  # a certificate received in the demo's last week waits for the adviser

PAYMENT_TEXT = {
    Language.FR: "Remboursement soins de santé",
    Language.NL: "Terugbetaling geneeskundige verzorging",
    Language.DE: "Erstattung Gesundheitsleistungen",
    Language.EN: "Healthcare reimbursement",
}
MAF_TEXT = {
    Language.FR: "Maximum à facturer",
    Language.NL: "Maximumfactuur",
    Language.DE: "Höchstbetrag der Gesundheitskosten",
    Language.EN: "Maximum billing (MAF)",
}
YOUNG_SAVER_TEXT = {
    Language.FR: "Prime annuelle jeunes épargnants",
    Language.NL: "Jaarlijkse premie jongerenspaarrekening",
    Language.DE: "Jahresprämie Jugendsparkonto",
    Language.EN: "Young savers' yearly bonus",
}
DOCUMENT_TITLES = {
    "tax_certificate": {
        Language.FR: "Attestation fiscale {year}",
        Language.NL: "Fiscaal attest {year}",
        Language.DE: "Steuerbescheinigung {year}",
        Language.EN: "Tax certificate {year}",
    },
    "credentials_letter": {
        Language.FR: "Vos identifiants e-Mut",
        Language.NL: "Uw e-Mut-gegevens",
        Language.DE: "Ihre e-Mut-Zugangsdaten",
        Language.EN: "Your e-Mut credentials",
    },
    "blocking_form": {
        Language.FR: "Formulaire de blocage",
        Language.NL: "Blokkeringsformulier",
        Language.DE: "Sperrformular",
        Language.EN: "Blocking form",
    },
    "incapacity_certificate": {
        Language.FR: "Certificat d'incapacité de travail",
        Language.NL: "Getuigschrift van arbeidsongeschiktheid",
        Language.DE: "Arbeitsunfähigkeitsbescheinigung",
        Language.EN: "Certificate of incapacity for work",
    },
}
REQUEST_TOPICS = {
    "reimbursement": {
        Language.FR: (
            "Remboursement de ma consultation",
            "Je n'ai pas encore reçu le remboursement de ma consultation du mois passé.",
        ),
        Language.NL: (
            "Terugbetaling van mijn raadpleging",
            "Ik heb de terugbetaling van mijn raadpleging van vorige maand nog niet ontvangen.",
        ),
        Language.DE: (
            "Erstattung meiner Sprechstunde",
            "Ich habe die Erstattung meiner Sprechstunde vom letzten Monat noch nicht erhalten.",
        ),
        Language.EN: (
            "Refund of my consultation",
            "I have not yet received the refund of last month's consultation.",
        ),
    },
    "stickers": {
        Language.FR: ("Vignettes", "Mes vignettes ne portent pas ma nouvelle adresse."),
        Language.NL: ("Klevers", "Mijn klevers vermelden mijn nieuwe adres niet."),
        Language.DE: ("Vignetten", "Auf meinen Vignetten steht meine neue Adresse nicht."),
        Language.EN: ("Stickers", "My stickers do not show my new address."),
    },
    "incapacity": {
        Language.FR: ("Indemnités", "Quand sera payée ma prochaine indemnité ?"),
        Language.NL: ("Uitkeringen", "Wanneer wordt mijn volgende uitkering betaald?"),
        Language.DE: ("Entschädigungen", "Wann wird meine nächste Entschädigung gezahlt?"),
        Language.EN: ("Benefits", "When will my next benefit be paid?"),
    },
}
ANSWERS = {
    Language.FR: "Bonjour, votre dossier a été traité. Cordialement, votre mutualité.",
    Language.NL: "Goedendag, uw dossier werd behandeld. Met vriendelijke groeten, uw ziekenfonds.",
    Language.DE: "Guten Tag, Ihre Akte wurde bearbeitet. Mit freundlichen Grüßen, Ihre "
    "Krankenkasse.",
    Language.EN: "Hello, your file has been handled. Kind regards, your mutuality.",
}
AGREEMENT_KINDS = (
    "physiotherapy_e_list",
    "chronic_illness_status",
    "orthodontics",
    "chapter_iv_medicine",
    "home_nursing",
)


@dataclass
class SeedSummary:
    """Row counts per table, and the national numbers of the members made for each case."""

    counts: dict[str, int]
    cases: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Place:
    federation: ref.FederationRef
    postcode: str
    municipality: str
    language: Language


@dataclass(frozen=True)
class _DependantSpec:
    age: int
    sex: Sex
    blocked: bool = False
    account: AccountStatus | None = None
    young_saver: bool | None = None
    cases: tuple[str, ...] = ()
    cover_ended: bool = False  # insurability ended last month: cover not in order today
    # Comes of age on the demo's day (born majority_age years before it), with no account yet.
    of_age_today: bool = False


@dataclass(frozen=True)
class _HouseholdSpec:
    """What a household must be; None fields are drawn at random."""

    federation: str | None = None
    holder_age: int | None = None
    holder_sex: Sex | None = None
    bim: bool | None = None
    account: AccountStatus | bool | None = True  # True: draw at random
    dependants: tuple[_DependantSpec, ...] | None = None
    incapacity: str | None = None  # "primary" | "invalidity" | "running" | None (random chance)
    heavy_care: bool = False
    maf_bracket: int | None = None
    dmg_expired: bool = False
    holder_cases: tuple[str, ...] = ()
    dmg: bool = False  # True: the holder has a current DMG (else drawn)
    # The holder's medical agreements, made without drawing (the other households' data stays).
    agreements: tuple[tuple[str, AgreementDecision], ...] = ()


SPECIAL_HOUSEHOLDS = (
    _HouseholdSpec(
        federation="MWP",
        holder_age=44,
        holder_sex=Sex.FEMALE,
        bim=False,
        account=AccountStatus.ACTIVE,
        holder_cases=("active_account",),
        dependants=(
            _DependantSpec(
                15,
                Sex.MALE,
                cases=("dependant_under_16_mwp", "cover_not_in_order"),
                cover_ended=True,
            ),
            _DependantSpec(17, Sex.FEMALE, cases=("dependant_16_17_mwp",)),
        ),
    ),
    _HouseholdSpec(
        federation="ANT",
        holder_age=52,
        holder_sex=Sex.MALE,
        bim=False,
        account=AccountStatus.ACTIVE,
        dependants=(
            _DependantSpec(17, Sex.MALE, cases=("dependant_under_18",)),
            _DependantSpec(
                19,
                Sex.FEMALE,
                account=AccountStatus.ACTIVE,
                young_saver=True,
                cases=("dependant_18_or_more", "young_saver"),
            ),
            _DependantSpec(
                21,
                Sex.MALE,
                blocked=True,
                account=AccountStatus.ACTIVE,
                cases=("blocked_dependant",),
            ),
        ),
    ),
    _HouseholdSpec(
        federation="LIE",
        holder_age=58,
        holder_sex=Sex.FEMALE,
        bim=True,
        account=AccountStatus.ACTIVE,
        dependants=(),
        incapacity="invalidity",
        holder_cases=("bim", "invalidity"),
    ),
    _HouseholdSpec(
        federation="BXL",
        holder_age=67,
        holder_sex=Sex.MALE,
        bim=False,
        account=None,
        dependants=(),
        dmg_expired=True,
        holder_cases=("no_online_account", "dmg_expired"),
    ),
    _HouseholdSpec(
        federation="OST",
        holder_age=39,
        holder_sex=Sex.MALE,
        bim=False,
        account=AccountStatus.DEACTIVATED,
        dependants=(),
        incapacity="primary",
        holder_cases=("deactivated_account", "incapacity_primary"),
    ),
    _HouseholdSpec(
        federation="NAM",
        holder_age=72,
        holder_sex=Sex.FEMALE,
        bim=False,
        account=AccountStatus.ACTIVE,
        dependants=(),
        heavy_care=True,
        maf_bracket=0,
        holder_cases=("maf_ceiling_reached", "medical_agreements"),
        agreements=(
            ("chronic_illness_status", AgreementDecision.GRANTED),
            ("home_nursing", AgreementDecision.PENDING),
        ),
    ),
    # Added last: demo_cases maps the fixed households by position.
    _HouseholdSpec(
        federation="MWP",
        holder_age=41,
        holder_sex=Sex.FEMALE,
        bim=False,
        account=AccountStatus.ACTIVE,
        dependants=(),
        incapacity="running",
        dmg=True,
        holder_cases=("incapacity_running",),
    ),
    # Added last (issue 19): a dependant who comes of age on the demo's day (born 18 years
    # before it, to the day), no account yet: the majority job (app/sync/majority.py) opens it
    # and writes about the holder's access; the supervisor's letters show both letters. Not a
    # case of CASES: the demo's card bar names each case's card (ui/widgets/card_bar.py).
    _HouseholdSpec(
        federation="OVL",
        holder_age=49,
        holder_sex=Sex.MALE,
        bim=False,
        account=AccountStatus.ACTIVE,
        incapacity="",  # none (not drawn)
        dependants=(
            _DependantSpec(
                18,
                Sex.FEMALE,
                young_saver=False,
                of_age_today=True,
            ),
        ),
    ),
)


@dataclass
class _Person:
    id: int
    niss: str
    first_names: str
    last_name: str
    birth: dt.date
    sex: Sex
    language: Language
    role: MemberRole
    holder_id: int | None
    iban: str | None
    dmg: list[tuple[dt.date, dt.date]] = field(default_factory=list)


def _load_places() -> dict[str, list[tuple[str, str, Language]]]:
    places: dict[str, list[tuple[str, str, Language]]] = {}
    with (DEMO / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            places.setdefault(row["federation"], []).append(
                (row["postcode"], row["municipality"], Language(row["language"]))
            )
    return places


def _load_names() -> dict[tuple[Language, str], list[str]]:
    names: dict[tuple[Language, str], list[str]] = {}
    with (DEMO / "names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.setdefault((Language(row["language"]), row["kind"]), []).append(row["value"])
    return names


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it has no such day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)


def _six_day_count(start: dt.date, end: dt.date) -> int:
    """Days paid in a six-day week (Monday to Saturday), domain.md §6."""
    days = 0
    day = start
    while day <= end:
        if day.weekday() < 6:
            days += 1
        day += dt.timedelta(days=1)
    return days


class _Rules:
    """The dated parameters this seeder writes (reference.parameter_rows), read on a day as the
    services read them from the database (app/store/parameters.parameter_in_rows)."""

    def __init__(self, rows: list[dict]):
        self._ids = {f.code: f.number for f in ref.FEDERATIONS}
        self._rows: dict[int, list[dict]] = {}
        for row in rows:
            self._rows.setdefault(row["federation_id"], []).append(row)

    def value(
        self, name: str, federation: str, on: dt.date, *, default: Decimal | None = None
    ) -> Decimal:
        federation_id = self._ids[federation]
        value = parameter_in_rows(
            self._rows.get(federation_id, ()), name, on=on, federation_id=federation_id
        )
        if value is not None:
            return value
        if default is None:
            raise KeyError(f"no {name} for {federation} on {on}")
        return default


class _Generator:
    def __init__(self, engine: Engine, households: int, seed: int, as_of: dt.date):
        self.engine = engine
        self.total = households
        self.rng = random.Random(seed)
        self._first_names: dict[int, set[str]] = {}  # per household: see _member
        self.as_of = as_of
        self.care_start = max(dt.date(as_of.year - 2, 1, 1), ref.FEES_KNOWN_FROM)
        self.places = _load_places()
        self.names = _load_names()
        self.federations = {f.code: f for f in ref.FEDERATIONS}
        self.agencies: dict[str, list[int]] = {}
        for row in ref.agency_rows():
            code = next(f.code for f in ref.FEDERATIONS if f.number == row["federation_id"])
            self.agencies.setdefault(code, []).append(row["id"])
        parameter_rows = ref.parameter_rows()
        self.rules = _Rules(parameter_rows)
        # The incapacity rules (app/domain/incapacity.py) read the same rows, per federation.
        self.books = {
            f.code: MemoryRuleBook(parameter_rows, federation_id=f.number) for f in ref.FEDERATIONS
        }
        # The payments' dates: published where the shipped calendar has them, else expected.
        self.published = payment_calendar.shipped_rows()
        self.calendar = [
            {"phase": d.phase, "covers_from": d.covers_from, "covers_to": d.covers_to,
             "pay_on": d.pay_on}
            for phase in IncapacityPhase
            for d in calendar_for(
                phase,
                dt.date(self.care_start.year - 1, 1, 1),
                dt.date(as_of.year + 1, 12, 31),
                [row.date for row in self.published],
            )
        ]  # fmt: skip
        self.buffers: dict[str, list[dict]] = {name: [] for name in TABLE_ORDER}
        self.next_id: dict[str, int] = dict.fromkeys(TABLE_ORDER, 1)
        self.buffered = 0
        self._current_federation = "MWP"
        self.used_niss: set[str] = set()
        self.cases: dict[str, list[str]] = {case: [] for case in CASES}
        # One hash for every demo account: scrypt costs 0.1 s by design, and 100,000 of them
        # would take hours. Real accounts each get their own salt (app.domain.passwords).
        self.demo_hash = hash_password(DEMO_PASSWORD, salt=b"guichet-demo-acc")
        self.doctors = {
            code: self._doctor_pool(place[0][2], "003") for code, place in self.places.items()
        }
        self.specialists = {
            code: self._doctor_pool(place[0][2], "580") for code, place in self.places.items()
        }
        self.advisers = {
            code: [f"Dr {self._name(place[0][2], 'last')}" for _ in range(3)]
            for code, place in self.places.items()
        }

    # --- helpers ---------------------------------------------------------------------------

    def _name(self, language: Language, kind: str) -> str:
        return self.rng.choice(
            self.names[(language if language != Language.EN else Language.FR, kind)]
        )

    def _doctor_pool(self, language: Language, qualification: str) -> list[tuple[str, str]]:
        pool = []
        for _ in range(25):
            first = self._name(language, self.rng.choice(("female", "male")))
            name = f"Dr {first} {self._name(language, 'last')}"
            inami = f"1{self.rng.randrange(10**7):07d}{qualification}"
            pool.append((name, inami))
        return pool

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _add(self, table: str, row: dict) -> None:
        self.buffers[table].append(row)
        self.buffered += 1

    def _flush(self, connection) -> None:
        for name in TABLE_ORDER:
            rows = self.buffers[name]
            if rows:
                connection.execute(Base.metadata.tables[name].insert(), rows)
                rows.clear()
        self.buffered = 0

    def _date_between(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def _birth(self, age: int) -> dt.date:
        # Born between `age` years and `age + 1` years ago, a few days off the birthday so the
        # age does not change over the demo's next weeks.
        latest = _years_before(self.as_of, age) - dt.timedelta(days=20)
        return latest - dt.timedelta(days=self.rng.randrange(320))

    def _niss(self, birth: dt.date, sex: Sex) -> str:
        prefix = birth.strftime("%y%m%d")
        while True:
            serial = 2 * self.rng.randrange(498) + (1 if sex == Sex.MALE else 2)
            first_nine = f"{prefix}{serial:03d}"
            niss = first_nine + niss_check_digits(first_nine, birth.year >= 2000)
            if niss not in self.used_niss:
                self.used_niss.add(niss)
                return niss

    def _iban(self) -> str:
        return belgian_iban_text(self.rng.choice(BANK_CODES), f"{self.rng.randrange(10**7):07d}")

    def _young_saver_age(self, federation: str, age: int) -> bool:
        """Of an age for a young savers' account (the federation's dated ages, today)."""
        low = self.rules.value("young_saver_min_age", federation, self.as_of)
        high = self.rules.value("young_saver_max_age", federation, self.as_of)
        return low <= age <= high

    # --- reference data --------------------------------------------------------------------

    def reference(self, connection) -> None:
        for table, rows in (
            ("federation", ref.federation_rows()),
            ("federation_parameter", ref.parameter_rows()),
            ("agency", ref.agency_rows()),
            ("nomenclature_code", ref.nomenclature_rows()),
            ("nomenclature_fee", ref.fee_rows()),
            ("maf_ceiling", ref.maf_ceiling_rows()),
        ):
            self.buffers[table].extend(rows)
        payment_calendar.load(connection, self.published)  # replaces what a migration put
        agency_ids = {row["code"]: row["id"] for row in ref.agency_rows()}
        for login, password, name, role, agency, adviser in STAFF:
            self._add(
                "staff",
                {
                    "id": self._id("staff"),
                    "login": login,
                    "full_name": name,
                    "password_hash": hash_password(password, salt=login.encode().ljust(16, b"-")),
                    "role": role,
                    "agency_id": agency_ids[agency],
                    "active": True,
                    "created_at": _at(self.care_start, 8),
                    "medical_adviser": adviser,
                },
            )
        self._flush(connection)

    # --- households ------------------------------------------------------------------------

    def household(self, spec: _HouseholdSpec) -> None:
        rng = self.rng
        fed_code = (
            spec.federation
            or rng.choices(
                ("MWP", "BXL", "LIE", "OST", "ANT", "OVL", "NAM"),
                weights=(14, 16, 14, 4, 20, 18, 14),
            )[0]
        )
        federation = self.federations[fed_code]
        self._current_federation = fed_code
        postcode, municipality, language = rng.choice(self.places[fed_code])
        if fed_code == "BXL":
            language = Language.NL if rng.random() < 0.25 else Language.FR
        place = _Place(federation, postcode, municipality, language)
        bim = spec.bim if spec.bim is not None else rng.random() < 0.15
        holder_age = spec.holder_age or rng.choice(
            [rng.randint(20, 34), rng.randint(35, 64), rng.randint(35, 64), rng.randint(65, 92)]
        )
        holder_sex = spec.holder_sex or rng.choice((Sex.FEMALE, Sex.MALE))
        household_id = self._id("household")
        agency_id = rng.choice(self.agencies[fed_code])
        last_name = self._name(language, "last")
        street = self._name(language, "street")
        address = {
            "street": street,
            "house_number": str(rng.randint(1, 250)),
            "box": rng.choice((None, None, None, "A", "1", "2", "b3")),
            "postcode": postcode,
            "municipality": municipality,
            "country": "BE",
        }
        affiliated = max(
            _years_before(self._birth(holder_age), -18) if holder_age >= 18 else self.as_of,
            _years_before(self.as_of, rng.randint(0, 30)),
        )
        self._add(
            "household",
            {
                "id": household_id,
                "federation_id": federation.number,
                "agency_id": agency_id,
                "created_on": min(affiliated, self.as_of),
            },
        )
        holder = self._member(
            place, household_id, address, holder_age, holder_sex, last_name, None, affiliated
        )
        self._insurability(holder, bim, holder_age)
        for case in spec.holder_cases:
            self.cases[case].append(holder.niss)
        people = [holder]

        dependants = spec.dependants
        if dependants is None:
            dependants = self._random_dependants(holder_age)
        for dep in dependants:
            last = last_name if dep.age < 25 or rng.random() < 0.5 else self._name(language, "last")
            majority = self.rules.value("majority_age", fed_code, self.as_of)
            person = self._member(
                place,
                household_id,
                address,
                dep.age,
                dep.sex,
                last,
                holder,
                affiliated,
                blocked=dep.blocked,
                born=_years_before(self.as_of, int(majority)) if dep.of_age_today else None,
            )
            self._insurability(person, bim, dep.age, ended=dep.cover_ended)
            for case in dep.cases:
                self.cases[case].append(person.niss)
            people.append(person)
            account = dep.account
            if (
                account is None
                and dep.age >= majority
                and not dep.of_age_today
                and rng.random() < 0.3
            ):
                account = AccountStatus.ACTIVE
            if account is not None and dep.age >= majority:
                self._account(person, account)
            saver = dep.young_saver
            if saver is None:
                saver = self._young_saver_age(fed_code, dep.age) and rng.random() < 0.35
            if saver:
                self._young_saver(person)
            if dep.blocked:
                self._document(
                    person,
                    "blocking_form",
                    DocumentDirection.RECEIVED,
                    self._blocked_on(person),
                    signed=True,
                )

        account = spec.account
        if account is True:
            draw = rng.random()
            account = (
                AccountStatus.ACTIVE
                if draw < 0.62
                else AccountStatus.PENDING_LETTER
                if draw < 0.66
                else AccountStatus.DEACTIVATED
                if draw < 0.69
                else None
            )
        if account is not None:
            self._account(holder, account)
        if self._young_saver_age(fed_code, holder_age) and rng.random() < 0.35:
            self._young_saver(holder)

        for person in people:
            self._dmg(
                person,
                expired=spec.dmg_expired and person is holder,
                current=spec.dmg and person is holder,
            )
        lines_by_year = self._care(people, bim, heavy=spec.heavy_care)
        self._maf(household_id, bim, lines_by_year, holder, spec.maf_bracket)

        incapacity = spec.incapacity
        if incapacity is None and 25 <= holder_age <= 62 and rng.random() < 0.04:
            incapacity = rng.choice(("primary", "primary", "primary", "ended", "invalidity"))
        if incapacity:
            self._incapacity(
                holder,
                incapacity,
                has_dependants=len(people) > 1,
                agency_id=agency_id,
                fed_code=fed_code,
            )

        for kind, decision in spec.agreements:
            self._fixed_agreement(people[0], kind, decision)
        for person in people:
            if rng.random() < 0.04:
                self._agreement(person)
            if rng.random() < 0.05:
                self._order(person, holder, people)
        if rng.random() < 0.04:
            self._request(holder)

    def _random_dependants(self, holder_age: int) -> tuple[_DependantSpec, ...]:
        rng = self.rng
        result = []
        if 25 <= holder_age <= 80 and rng.random() < 0.2:
            result.append(
                _DependantSpec(
                    max(18, holder_age + rng.randint(-6, 6)), rng.choice((Sex.FEMALE, Sex.MALE))
                )
            )
        if 22 <= holder_age <= 62:
            for _ in range(rng.choice((0, 0, 1, 1, 2, 2, 3))):
                age = rng.randint(0, min(24, holder_age - 19))
                blocked = age >= 18 and rng.random() < 0.15
                result.append(_DependantSpec(age, rng.choice((Sex.FEMALE, Sex.MALE)), blocked))
        return tuple(result)

    def _member(
        self,
        place: _Place,
        household_id: int,
        address: dict,
        age: int,
        sex: Sex,
        last_name: str,
        holder: _Person | None,
        household_affiliated: dt.date,
        *,
        blocked: bool = False,
        born: dt.date | None = None,
    ) -> _Person:
        rng = self.rng
        birth = born or self._birth(age)
        niss = self._niss(birth, sex)
        first = self._name(place.language, "female" if sex == Sex.FEMALE else "male")
        # No two people of one household share a first name: the screens list them by name.
        taken = self._first_names.setdefault(household_id, set())
        for _ in range(20):
            if first not in taken:
                break
            first = self._name(place.language, "female" if sex == Sex.FEMALE else "male")
        taken.add(first)
        if rng.random() < 0.3:
            second = self._name(place.language, "female" if sex == Sex.FEMALE else "male")
            if second != first:
                first += " " + second
        member_id = self._id("member")
        adult = age >= 18
        person = _Person(
            id=member_id,
            niss=niss,
            first_names=first,
            last_name=last_name,
            birth=birth,
            sex=sex,
            language=place.language,
            role=MemberRole.DEPENDANT if holder else MemberRole.HOLDER,
            holder_id=holder.id if holder else None,
            iban=self._iban() if (holder is None or (adult and rng.random() < 0.5)) else None,
        )
        email = None
        if adult and rng.random() < 0.7:
            email = (
                f"{_ascii(first.split()[0])}.{_ascii(last_name)}{member_id % 97}"
                f"@{rng.choice(EMAIL_DOMAINS)}"
            )
        phone = None
        if adult and rng.random() < 0.8:
            digits = f"{rng.randrange(10**6):06d}"
            phone = (
                f"04{rng.choice('789')}{rng.randint(0, 9)} {digits[:2]} {digits[2:4]} {digits[4:]}"
            )
        affiliated = max(birth, household_affiliated) if holder else household_affiliated
        self._add(
            "member",
            {
                "id": member_id,
                "niss": niss,
                "affiliation_number": f"{place.federation.number:02d}/{member_id:08d}",
                "first_names": first,
                "last_name": last_name,
                "birth_date": birth,
                "sex": sex,
                "language": place.language,
                "household_id": household_id,
                "role": person.role,
                "holder_id": person.holder_id,
                "status": MemberStatus.ACTIVE,
                "affiliated_on": min(affiliated, self.as_of),
                "left_on": None,
                **address,
                "email": email,
                "phone": phone,
                "iban": person.iban,
                "access_blocked_on": self._blocked_on(person) if blocked else None,
            },
        )
        return person

    def _blocked_on(self, person: _Person) -> dt.date:
        # Received some months after the dependant came of age, before today.
        majority = self.rules.value("majority_age", self._current_federation, self.as_of)
        adult_on = _years_before(person.birth, -int(majority))
        return min(self.as_of - dt.timedelta(days=10), adult_on + dt.timedelta(days=90))

    def _insurability(self, person: _Person, bim: bool, age: int, *, ended: bool = False) -> None:
        base = "13" if age >= 65 else "11"
        code = base + ("1" if bim else "0")
        since = min(self.as_of, max(person.birth, dt.date(self.as_of.year - 3, 1, 1)))
        # Ended: the end of last month (a contribution or a status not in order since).
        until = self.as_of.replace(day=1) - dt.timedelta(days=1) if ended else None
        self._add(
            "insurability",
            {
                "id": self._id("insurability"),
                "member_id": person.id,
                "valid_from": since,
                "valid_to": until,
                "ct1": code,
                "ct2": code,
                "bim": bim,
            },
        )

    def _account(self, person: _Person, status: AccountStatus) -> None:
        rng = self.rng
        account_id = self._id("online_account")
        created = self._date_between(self.care_start, self.as_of - dt.timedelta(days=40))
        if status == AccountStatus.PENDING_LETTER:
            created = self.as_of - dt.timedelta(days=rng.randint(1, 5))
        activated = created + dt.timedelta(days=rng.randint(3, 12))
        row = {
            "id": account_id,
            "member_id": person.id,
            "username": person.niss,
            "status": status,
            "password_hash": None if status == AccountStatus.PENDING_LETTER else self.demo_hash,
            "created_at": _at(created, 10),
            "activated_at": None if status == AccountStatus.PENDING_LETTER else _at(activated, 18),
            "deactivated_at": None,
            "deactivation_reason": None,
            "failed_attempts": 0,
            "locked_until": None,
            "last_login_at": None,
        }
        if status == AccountStatus.DEACTIVATED:
            row["deactivated_at"] = _at(self.as_of - dt.timedelta(days=rng.randint(20, 200)), 9)
            row["deactivation_reason"] = "too_many_failed_logins"
        if status == AccountStatus.ACTIVE:
            last = None
            for _ in range(rng.randint(0, 3)):
                at = _at(
                    self._date_between(activated, self.as_of - dt.timedelta(days=1)),
                    rng.randint(8, 21),
                    rng.randint(0, 59),
                )
                self._add(
                    "online_login",
                    {
                        "id": self._id("online_login"),
                        "account_id": account_id,
                        "mode": rng.choice(
                            (LoginMode.PASSWORD, LoginMode.PASSWORD, LoginMode.EID, LoginMode.TOKEN)
                        ),
                        "logged_in_at": at,
                        "terminal": None,
                    },
                )
                last = max(last, at) if last else at
            row["last_login_at"] = last
        self._add("online_account", row)
        self._document(person, "credentials_letter", DocumentDirection.SENT, created)

    def _document(
        self,
        person: _Person,
        kind: str,
        direction: DocumentDirection,
        dated: dt.date,
        *,
        signed: bool = False,
        year: int | None = None,
    ) -> None:
        title = DOCUMENT_TITLES[kind][person.language].format(year=year or dated.year)
        self._add(
            "document",
            {
                "id": self._id("document"),
                "member_id": person.id,
                "kind": kind,
                "title": title,
                "direction": direction,
                "dated_on": dated,
                "signed": signed,
                "signed_on": dated if signed else None,
                "content_sha256": None,
                "operation_id": None,
            },
        )

    def _young_saver(self, person: _Person) -> None:
        rng = self.rng
        account_id = self._id("young_saver_account")
        youngest = self.rules.value("young_saver_min_age", self._current_federation, self.as_of)
        opened = max(_years_before(person.birth, -int(youngest)), self.care_start)
        balance = ZERO
        for year in range(opened.year, self.as_of.year + 1):
            booked = max(opened, dt.date(year, 3, 15))
            if booked > self.as_of:
                break
            amount = money(rng.choice(("25.00", "50.00", "75.00")))
            balance += amount
            self._add(
                "young_saver_movement",
                {
                    "id": self._id("young_saver_movement"),
                    "account_id": account_id,
                    "booked_on": booked,
                    "amount": amount,
                    "label": YOUNG_SAVER_TEXT[person.language],
                },
            )
        self._add(
            "young_saver_account",
            {
                "id": account_id,
                "member_id": person.id,
                "opened_on": opened,
                "closed_on": None,
                "balance": balance,
            },
        )

    def _dmg(self, person: _Person, *, expired: bool, current: bool = False) -> None:
        rng = self.rng
        if not expired and rng.random() > 0.7 and not current:
            return
        if expired:
            opened = self._date_between(
                dt.date(self.as_of.year - 5, 1, 1), dt.date(self.as_of.year - 3, 6, 30)
            )
        else:
            opened = self._date_between(
                dt.date(self.as_of.year - 6, 1, 1), self.as_of - dt.timedelta(days=30)
            )
        fed_doctors = self.doctors[self._current_federation]
        doctor_name, doctor_inami = rng.choice(fed_doctors)
        while True:
            valid_until = dt.date(opened.year + 2, 12, 31)
            person.dmg.append((opened, valid_until))
            self._add(
                "dmg",
                {
                    "id": self._id("dmg"),
                    "member_id": person.id,
                    "doctor_name": doctor_name,
                    "doctor_inami": doctor_inami,
                    "opened_on": opened,
                    "valid_until": valid_until,
                },
            )
            if valid_until >= self.as_of or expired or (rng.random() < 0.2 and not current):
                break
            # Renewed automatically in February after a contact in the last two years.
            opened = dt.date(valid_until.year + 1, 2, rng.randint(1, 28))
            if opened > self.as_of:
                break

    def _has_dmg(self, person: _Person, day: dt.date) -> bool:
        return any(start <= day <= end for start, end in person.dmg)

    def _care(self, people: list[_Person], bim: bool, *, heavy: bool) -> dict[int, list]:
        """Reimbursed care from `care_start` to `as_of`, paid to the holder; returns the lines
        (care date, personal share) of each year, for the MAF."""
        rng = self.rng
        holder = people[0]
        fed = self._current_federation
        payments: dict[dt.date, list[dict]] = {}
        corrections: list[tuple[dt.date, dict]] = []
        by_year: dict[int, list[tuple[dt.date, Decimal]]] = {}
        gp_name, gp_inami = rng.choice(self.doctors[fed])
        gp_code = rng.choices(("101076", "101032", "101010"), weights=(70, 25, 5))[0]
        specialist_codes = tuple(
            code for code, category, *_ in ref.NOMENCLATURE if category == "specialist"
        )
        for person in people:
            visits: list[tuple[dt.date, str, tuple[str, str]]] = []
            for start, _end in person.dmg:
                if self.care_start <= start <= self.as_of:
                    code = "101496" if start == person.dmg[0][0] else "101533"
                    visits.append((start, code, (gp_name, gp_inami)))
            for year in range(self.care_start.year, self.as_of.year + 1):
                first = max(dt.date(year, 1, 1), self.care_start, person.birth)
                last = min(dt.date(year, 12, 31), self.as_of)
                if first > last:
                    continue
                age = _age_on(person.birth, first)
                gp_visits = 10 if heavy else rng.randint(0, 2 + 3 * (age >= 60))
                spec_visits = 28 if heavy else rng.randint(0, 1 + (age >= 50))
                for _ in range(gp_visits):
                    visits.append((self._date_between(first, last), gp_code, (gp_name, gp_inami)))
                for _ in range(spec_visits):
                    code = "102071" if age < 16 else rng.choice(specialist_codes)
                    visits.append(
                        (self._date_between(first, last), code, rng.choice(self.specialists[fed]))
                    )
            visits.sort()
            for care_date, code, (provider, inami) in visits:
                # The mutuality pays once a week, on Tuesday, what it processed that week.
                received = care_date + dt.timedelta(days=rng.randint(4, 21))
                processed = next_working_day(
                    received + dt.timedelta(days=(1 - received.weekday()) % 7)
                )
                if processed > self.as_of:
                    continue
                fee, reimbursed = self._reimbursement(person, code, care_date, bim)
                supplement = ZERO
                if not bim and code.startswith("102") and rng.random() < 0.25:
                    supplement = money(f"{rng.randint(5, 40)}.{rng.choice(('00', '50', '90'))}")
                line = {
                    "beneficiary_id": person.id,
                    "care_date": care_date,
                    "provider_name": provider,
                    "provider_inami": inami,
                    "nomenclature_code": code,
                    "official_fee": fee,
                    "supplement": supplement,
                    "reimbursed": reimbursed,
                }
                payments.setdefault(processed, []).append(line)
                by_year.setdefault(care_date.year, []).append((care_date, fee - reimbursed))
                if rng.random() < 0.01:
                    # Billed twice by mistake, taken back later by a negative line.
                    payments[processed].append(dict(line))
                    by_year[care_date.year].append((care_date, fee - reimbursed))
                    back = next_working_day(processed + dt.timedelta(days=rng.randint(10, 60)))
                    if back <= self.as_of:
                        corrections.append(
                            (
                                back,
                                {
                                    **line,
                                    "official_fee": -fee,
                                    "supplement": ZERO,
                                    "reimbursed": -reimbursed,
                                },
                            )
                        )
                        by_year[care_date.year].append((care_date, reimbursed - fee))
        for back, line in corrections:
            payments.setdefault(back, []).append(line)
        text = PAYMENT_TEXT[holder.language]
        for processed in sorted(payments):
            lines = payments[processed]
            payment_id = self._id("payment")
            self._add(
                "payment",
                {
                    "id": payment_id,
                    "payee_id": holder.id,
                    "kind": PaymentKind.REIMBURSEMENT,
                    "processed_on": processed,
                    "iban": holder.iban,
                    "communication": f"{text} {processed:%d/%m/%Y} REF {payment_id:010d}",
                    "amount": sum((line["reimbursed"] for line in lines), ZERO),
                },
            )
            for line in lines:
                self._add(
                    "reimbursement_line",
                    {"id": self._id("reimbursement_line"), "payment_id": payment_id, **line},
                )
        return by_year

    def _reimbursement(
        self, person: _Person, code: str, care_date: dt.date, bim: bool
    ) -> tuple[Decimal, Decimal]:
        dmg = self._has_dmg(person, care_date)
        _from, _source, without_dmg, with_dmg = ref.FEES[code]
        fee, ordinary, bim_amount = with_dmg if dmg else without_dmg
        # domain.md §3: a BIM young person with a DMG pays nothing at the GP, up to an age
        # that is a dated parameter (none before it applies).
        young_free = (
            bim
            and dmg
            and _age_on(person.birth, care_date)
            <= self.rules.value(
                "bim_young_free_max_age", self._current_federation, care_date, default=Decimal(-1)
            )
        )
        if young_free:
            return fee, fee
        return fee, bim_amount if bim else ordinary

    def _maf(
        self,
        household_id: int,
        bim: bool,
        by_year: dict[int, list[tuple[dt.date, Decimal]]],
        holder: _Person,
        bracket: int | None,
    ) -> None:
        rng = self.rng
        if bim:
            kind, ceiling = MafKind.SOCIAL, ref.MAF_SOCIAL_CEILING
        else:
            if bracket is None:
                bracket = rng.choices(range(6), weights=(8, 14, 22, 24, 16, 16))[0]
            kind, ceiling = MafKind.INCOME, ref.MAF_INCOME_BRACKETS[bracket][2]
        for year in sorted(by_year):
            shares = sorted(by_year[year])
            total = sum((share for _day, share in shares), ZERO)
            reached_on = None
            running = ZERO
            for day, share in shares:
                running += share
                if running >= ceiling:
                    reached_on = day
                    break
            refunded = ZERO
            if reached_on is not None:
                refund_on = next_working_day(max(day for day, _ in shares) + dt.timedelta(days=30))
                if refund_on <= self.as_of and holder.iban:
                    refunded = total - ceiling
                    self._add(
                        "payment",
                        {
                            "id": (payment_id := self._id("payment")),
                            "payee_id": holder.id,
                            "kind": PaymentKind.MAF_REFUND,
                            "processed_on": refund_on,
                            "iban": holder.iban,
                            "communication": f"{MAF_TEXT[holder.language]} {year} "
                            f"REF {payment_id:010d}",
                            "amount": refunded,
                        },
                    )
            self._add(
                "maf_counter",
                {
                    "id": self._id("maf_counter"),
                    "household_id": household_id,
                    "year": year,
                    "kind": kind,
                    "ceiling": ceiling,
                    "personal_shares": total,
                    "refunded": refunded,
                    "reached_on": reached_on,
                    "updated_on": min(self.as_of, dt.date(year, 12, 31)),
                },
            )

    def _incapacity(
        self, holder: _Person, kind: str, *, has_dependants: bool, agency_id: int, fed_code: str
    ) -> None:
        rng = self.rng
        book = self.books[fed_code]
        status = rng.choice(tuple(WorkStatus))
        if kind == "invalidity":
            started = self.as_of - dt.timedelta(days=rng.randint(430, 560))
            ended = None
        elif kind == "primary":
            started = self.as_of - dt.timedelta(days=rng.randint(40, 200))
            ended = None
        elif kind == "running":
            # The demo's running incapacity: an employee two months in, whose certificate ends
            # on the Friday after today (what the next one must say is shown).
            status = WorkStatus.EMPLOYEE
            started = self.as_of - dt.timedelta(days=60)
            ended = None
        else:
            started = self._date_between(self.care_start, self.as_of - dt.timedelta(days=120))
            ended = started + dt.timedelta(days=rng.randint(20, 100))
        # The first declaration's deadline and the first paid day: the federation's dated rules.
        deadline = first_declaration_deadline(started, status, book)
        declared = started + dt.timedelta(days=rng.randint(1, (deadline - started).days + 5))
        if kind == "running":
            declared = started + dt.timedelta(days=2)
        late = declared > deadline
        penalty = self.rules.value("late_declaration_penalty", fed_code, declared)
        invalidity_from = None
        last_day = ended or self.as_of
        if (last_day - started).days >= 365:
            invalidity_from = started + dt.timedelta(days=365)
        # What the indemnity is computed from: the gross daily wage the mutuality established
        # (before the ceiling), the family situation, a regular worker or not.
        drawn_wage = Decimal(rng.randint(9000, 23000)) / 100
        situation = 0 if has_dependants else rng.randint(1, 2)
        regular = rng.random() < 0.85
        incapacity_id = self._id("incapacity")
        self._add(
            "incapacity",
            {
                "id": incapacity_id,
                "member_id": holder.id,
                "work_status": status,
                "started_on": started,
                "ended_on": ended,
                "declared_on": declared,
                "invalidity_from": invalidity_from,
                "late_penalty_rate": penalty if late else Decimal("0"),
                "relapse_of_id": None,
                "gross_daily_wage": drawn_wage,
                "family_situation": FAMILY_SITUATIONS[situation],
                "regular_worker": regular,
                "resumed_as": None,
            },
        )
        doctor = rng.choice(self.doctors[fed_code])[0]
        if kind == "running":
            friday = self.as_of + dt.timedelta(days=(4 - self.as_of.weekday()) % 7 or 7)
            spans = [
                (started, self.as_of - dt.timedelta(days=32)),
                (self.as_of - dt.timedelta(days=31), self.as_of - dt.timedelta(days=3)),
                (self.as_of - dt.timedelta(days=2), friday),  # paper, received this week
            ]
            self._certificates(
                holder, incapacity_id, doctor, declared, spans, fed_code, status, electronic={1}
            )
        else:
            self._drawn_certificates(
                holder, incapacity_id, doctor, declared, started, ended, fed_code, status
            )
        if ended:
            self._add(
                "incapacity_certificate",
                {
                    "id": self._id("incapacity_certificate"),
                    "incapacity_id": incapacity_id,
                    "member_id": holder.id,
                    "kind": CertificateKind.RESUMPTION,
                    "received_on": ended,
                    "covers_from": ended + dt.timedelta(days=1),
                    "covers_to": None,
                    "doctor_name": doctor,
                    "channel": CertificateChannel.PAPER,
                    "checked_on": self._checked(ended),
                    "checked_by": None,
                    "operation_id": None,
                    "late_penalty_rate": None,
                    "late_from": None,
                    "late_until": None,
                },
            )
        # Indemnities, from the end of the guaranteed salary, on the payment calendar.
        # Rates and ceilings are the dated parameters of the incapacity's start (the
        # invalidity's for its rate); withholdings those of the payment's day.
        rule = self.rules.value
        wage = min(rule("capped_daily_wage", fed_code, started), drawn_wage)
        primary_daily = min(
            rule("primary_max_daily", fed_code, started),
            money(wage * rule("primary_indemnity_rate", fed_code, started)),
        )
        invalidity_rate = INVALIDITY_RATES[situation]
        invalidity_daily = money(wage * rule(invalidity_rate, fed_code, invalidity_from or started))
        paid_from = expected_first_paid_day(started, status, book)
        paid_to = ended or self.as_of
        iban = holder.iban or self._iban()
        for period in self.calendar:
            if period["pay_on"] > self.as_of:
                continue
            phase = period["phase"]
            if phase == IncapacityPhase.PRIMARY:
                low, high = (
                    paid_from,
                    (invalidity_from - dt.timedelta(days=1) if invalidity_from else paid_to),
                )
                daily, withholding = primary_daily, "primary_withholding_rate"
            else:
                if invalidity_from is None:
                    continue
                low, high = invalidity_from, paid_to
                daily, withholding = invalidity_daily, "invalidity_withholding_rate"
            start = max(low, period["covers_from"])
            end = min(high, period["covers_to"])
            if start > end:
                continue
            if late and start < declared:
                daily = money(daily * (1 - penalty))
            days = _six_day_count(start, end)
            if not days:
                continue
            gross = money(daily * days)
            withheld = money(gross * rule(withholding, fed_code, period["pay_on"]))
            self._add(
                "indemnity_payment",
                {
                    "id": self._id("indemnity_payment"),
                    "incapacity_id": incapacity_id,
                    "member_id": holder.id,
                    "phase": phase,
                    "covers_from": start,
                    "covers_to": end,
                    "days": days,
                    "daily_amount": daily,
                    "gross": gross,
                    "withholding": withheld,
                    "net": gross - withheld,
                    "paid_on": period["pay_on"],
                    "iban": iban,
                },
            )
        adviser = rng.choice(self.advisers[fed_code])
        seen = started + dt.timedelta(days=rng.randint(30, 60))
        if seen < self.as_of:
            self._convocation(
                holder, incapacity_id, agency_id, adviser, seen, ConvocationStatus.ATTENDED
            )
        if ended is None:
            self._convocation(
                holder,
                incapacity_id,
                agency_id,
                adviser,
                next_working_day(self.as_of + dt.timedelta(days=rng.randint(3, 30))),
                ConvocationStatus.PLANNED,
            )

    def _checked(self, received: dt.date) -> dt.date | None:
        """The adviser saw it on the day it came, except in the demo's last week (the queue)."""
        return None if received > self.as_of - dt.timedelta(days=UNCHECKED_DAYS) else received

    def _electronic_until(self, covers_from: dt.date, fed_code: str) -> dt.date | None:
        """The last day an electronic certificate from `covers_from` may cover; None while
        every certificate is paper (before the dated rule)."""
        months = self.rules.value(ELECTRONIC_RULE, fed_code, covers_from, default=Decimal(0))
        if not months:
            return None
        return _months_after(covers_from, int(months)) - dt.timedelta(days=1)

    def _drawn_certificates(
        self, holder, incapacity_id, doctor, declared, started, ended, fed_code, work_status
    ) -> None:
        """Contiguous certificates, each prolongation received within 48 h of the previous end;
        from 2026 some prolongations come electronically (at most the rule's months each)."""
        rng = self.rng
        spans = []
        covers_from = started
        horizon = ended or (self.as_of + dt.timedelta(days=rng.randint(10, 40)))
        while covers_from <= horizon:
            covers_to = min(horizon, covers_from + dt.timedelta(days=rng.randint(14, 90)))
            spans.append((covers_from, covers_to))
            covers_from = covers_to + dt.timedelta(days=1)
        self._certificates(holder, incapacity_id, doctor, declared, spans, fed_code, work_status)

    def _certificates(
        self,
        holder,
        incapacity_id,
        doctor,
        declared,
        spans,
        fed_code,
        work_status,
        *,
        electronic=None,
    ) -> None:
        """`electronic`: which spans (by position) came electronically; else drawn. The first
        declaration keeps its own late cut (the rules' check); the prolongations, received
        before the previous end, are on time."""
        rng = self.rng
        received = declared
        certificate_kind = CertificateKind.INITIAL
        for index, (covers_from, covers_to) in enumerate(spans):
            channel = CertificateChannel.PAPER
            limit = self._electronic_until(covers_from, fed_code)
            wanted = rng.random() < 0.5 if electronic is None else index in electronic
            if (
                certificate_kind == CertificateKind.PROLONGATION
                and limit is not None
                and covers_to <= limit
                and wanted
            ):
                channel = CertificateChannel.ELECTRONIC
            received_on = min(received, self.as_of)
            cut = (None, None, None)
            if index == 0:
                check = check_certificate(
                    covers_from=covers_from, covers_to=covers_to, received_on=received_on,
                    electronic=False, previous=None, work_status=work_status,
                    daily_amount=None, household_members=1, rules=self.books[fed_code],
                )  # fmt: skip
                if check.late:
                    cut = (check.penalty_rate, check.late_from, check.late_until)
            self._add(
                "incapacity_certificate",
                {
                    "id": self._id("incapacity_certificate"),
                    "incapacity_id": incapacity_id,
                    "member_id": holder.id,
                    "kind": certificate_kind,
                    "received_on": received_on,
                    "covers_from": covers_from,
                    "covers_to": covers_to,
                    "doctor_name": doctor,
                    "channel": channel,
                    "checked_on": self._checked(received_on),
                    "checked_by": None,
                    "operation_id": None,
                    "late_penalty_rate": cut[0],
                    "late_from": cut[1],
                    "late_until": cut[2],
                },
            )
            if channel == CertificateChannel.PAPER:
                self._document(
                    holder, "incapacity_certificate", DocumentDirection.RECEIVED, received_on
                )
            received = covers_to - dt.timedelta(days=rng.randint(0, 3))
            certificate_kind = CertificateKind.PROLONGATION

    def _convocation(self, person, incapacity_id, agency_id, adviser, day, status) -> None:
        self._add(
            "medical_convocation",
            {
                "id": self._id("medical_convocation"),
                "member_id": person.id,
                "incapacity_id": incapacity_id,
                "agency_id": agency_id,
                "scheduled_at": _at(
                    next_working_day(day), self.rng.randint(9, 15), self.rng.choice((0, 15, 30, 45))
                ),
                "adviser_name": adviser,
                "status": status,
            },
        )

    def _fixed_agreement(self, person: _Person, kind: str, decision: AgreementDecision) -> None:
        requested = self.as_of - dt.timedelta(days=120)
        granted = decision == AgreementDecision.GRANTED
        decided = requested + dt.timedelta(days=21) if granted else None
        self._add(
            "medical_agreement",
            {
                "id": (agreement_id := self._id("medical_agreement")),
                "member_id": person.id,
                "kind": kind,
                "reference": f"MA-{requested.year}-{agreement_id:07d}",
                "requested_on": requested,
                "decision": decision,
                "decided_on": decided,
                "valid_from": decided,
                "valid_to": _years_before(decided, -2) if decided else None,
            },
        )

    def _agreement(self, person: _Person) -> None:
        rng = self.rng
        requested = self._date_between(self.care_start, self.as_of - dt.timedelta(days=5))
        decision = rng.choices(
            (AgreementDecision.GRANTED, AgreementDecision.REFUSED, AgreementDecision.PENDING),
            weights=(75, 10, 15),
        )[0]
        decided = valid_from = valid_to = None
        if decision != AgreementDecision.PENDING:
            decided = min(self.as_of, requested + dt.timedelta(days=rng.randint(5, 40)))
        if decision == AgreementDecision.GRANTED:
            valid_from = decided
            valid_to = _years_before(decided, -rng.randint(1, 3))
        self._add(
            "medical_agreement",
            {
                "id": (agreement_id := self._id("medical_agreement")),
                "member_id": person.id,
                "kind": rng.choice(AGREEMENT_KINDS),
                "reference": f"MA-{requested.year}-{agreement_id:07d}",
                "requested_on": requested,
                "decision": decision,
                "decided_on": decided,
                "valid_from": valid_from,
                "valid_to": valid_to,
            },
        )

    def _order(self, person: _Person, holder: _Person, people: list[_Person]) -> None:
        rng = self.rng
        kind = rng.choice(tuple(OrderKind))
        quantity = rng.randint(1, 3) if kind in (OrderKind.STICKERS, OrderKind.ENVELOPES) else 1
        ordered = self._date_between(self.care_start, self.as_of - dt.timedelta(days=1))
        recent = (self.as_of - ordered).days < 7
        status = OrderStatus.RECEIVED if recent else OrderStatus.SENT
        channel = rng.choice((Channel.ONLINE, Channel.TERMINAL, Channel.COUNTER))
        self._add(
            "document_order",
            {
                "id": self._id("document_order"),
                "member_id": holder.id,
                "for_member_id": person.id,
                "kind": kind,
                "quantity": quantity,
                "channel": channel,
                "terminal": "demo-borne-1" if channel == Channel.TERMINAL else None,
                "ordered_at": _at(ordered, rng.randint(8, 19), rng.randint(0, 59)),
                "status": status,
                "sent_on": None if recent else next_working_day(ordered + dt.timedelta(days=2)),
                "operation_id": None,
            },
        )

    def _request(self, holder: _Person) -> None:
        rng = self.rng
        topic = rng.choice(tuple(REQUEST_TOPICS))
        subject, message = REQUEST_TOPICS[topic][holder.language]
        created = self._date_between(self.care_start, self.as_of - dt.timedelta(days=1))
        created_at = _at(created, rng.randint(8, 20), rng.randint(0, 59))
        request_id = self._id("contact_request")
        self._add(
            "contact_request",
            {
                "id": request_id,
                "member_id": holder.id,
                "topic": topic,
                "subject": subject,
                "message": message,
                "channel": rng.choice((Channel.ONLINE, Channel.TERMINAL)),
                "created_at": created_at,
                "operation_id": None,
            },
        )
        events = [(created_at, RequestStatus.RECEIVED, None, None)]
        if (self.as_of - created).days > 10:
            staff_id = rng.randint(1, ANSWERING_STAFF)
            taken = created_at + dt.timedelta(days=rng.randint(1, 3), hours=1)
            answered = taken + dt.timedelta(days=rng.randint(1, 6))
            events.append((taken, RequestStatus.IN_PROGRESS, staff_id, None))
            events.append((answered, RequestStatus.ANSWERED, staff_id, ANSWERS[holder.language]))
            self._add(
                "audit_log",
                {
                    "id": self._id("audit_log"),
                    "at": taken,
                    "staff_id": staff_id,
                    "terminal": "counter-demo",
                    "action": "open_member_file",
                    "member_id": holder.id,
                    "detail": f"contact_request {request_id}",
                },
            )
        for at, status, staff_id, note in events:
            self._add(
                "contact_request_event",
                {
                    "id": self._id("contact_request_event"),
                    "request_id": request_id,
                    "at": at,
                    "status": status,
                    "staff_id": staff_id,
                    "note": note,
                },
            )

    # --- driving ---------------------------------------------------------------------------

    def run(self, progress: Callable[[int, int], None] | None) -> SeedSummary:
        with self.engine.begin() as connection:
            self.reference(connection)
            for index in range(self.total):
                spec = SPECIAL_HOUSEHOLDS[index] if index < len(SPECIAL_HOUSEHOLDS) else None
                self.household(spec or _HouseholdSpec())
                if self.buffered >= BATCH_ROWS:
                    self._flush(connection)
                if progress and (index + 1) % 1000 == 0:
                    progress(index + 1, self.total)
            self._flush(connection)
            # Issue 16's parts, each from its own module, once the households are written
            # (each its own random stream: the households above stay as they were).
            for extra in (seed_contributions.seed, seed_accidents.seed, seed_appointments.seed,
                          nomenclature_import.seed_demo):  # fmt: skip
                extra(self, connection)
            self._flush(connection)
            if connection.dialect.name == "postgresql":
                _advance_sequences(connection)
            if progress:
                progress(self.total, self.total)
        counts = {}
        with self.engine.connect() as connection:
            for name in TABLE_ORDER:
                table = Base.metadata.tables[name]
                counts[name] = connection.execute(select(func.count()).select_from(table)).scalar()
        return SeedSummary(counts, {case: nisses for case, nisses in self.cases.items() if nisses})


def _advance_sequences(connection) -> None:
    """Ids were assigned here: move each identity sequence past them for later inserts."""
    for name in TABLE_ORDER:
        table = Base.metadata.tables[name]
        if "id" not in table.c:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
            )
        )


def seed_database(
    engine: Engine,
    *,
    households: int,
    seed: int,
    as_of: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> SeedSummary:
    """Fill an empty, migrated central database with `households` demo households."""
    if households < 1:
        raise ValueError("households must be at least 1")
    return _Generator(engine, households, seed, as_of).run(progress)
