"""Searching the nomenclature by words, over a NomenSoft-sized import, on PostgreSQL.

    python -m tests.bench.run nomenclature        (BENCH_CODES=20000 to change the size)

A NomenSoft-shaped pair of files is generated (NOMEN_DETAIL and NOMEN_HONORAIRES: `codes`
codes with French and Dutch labels drawn from a medical vocabulary, each with its fee and its
reimbursements: with and without DMG, ordinary and BIM, a tenth of them by age band, a fifth
with a second, dated fee) and imported with the command's own function
(app/store/nomenclature_import.py, timed). Then what the screen runs is timed:
`nomenclature.search` (words in French and Dutch, one to three of them, prefixes, page of 50)
and, as the baseline, `nomenclature.lookup` of one code by its number; medians and p95 over
`queries` of each.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import func, select

from app.services import nomenclature
from app.store import migrate
from app.store.db import make_engine
from app.store.models import NomenclatureCode, NomenclatureFee, NomenclatureWord
from app.store.nomenclature_import import import_files
from tests.support.postgres import PostgresServer

DAY = dt.date(2026, 11, 25)
TEXT_FR = ("consultation visite médecin généraliste spécialiste radiographie membre suture plaie "
            "plâtre échographie abdomen thorax prélèvement sanguin kinésithérapie séance domicile "
            "urgence nuit week-end enfant adulte dentaire extraction détartrage couronne prothèse "
            "orthodontie examen clinique électrocardiogramme scanner résonance magnétique "
            "chirurgie anesthésie hospitalisation accouchement néonatal vaccin injection "
            "ophtalmologie audiométrie logopédie bilan rééducation pansement")  # fmt: skip
TEXT_NL = ("raadpleging bezoek huisarts specialist radiografie ledemaat hechting wonde gips "
            "echografie buik thorax bloedafname kinesitherapie zitting thuis spoed nacht weekend "
            "kind volwassene tandheelkunde extractie tandsteen kroon prothese orthodontie "
            "onderzoek klinisch elektrocardiogram scanner magnetische resonantie heelkunde "
            "anesthesie opname bevalling neonataal vaccin injectie oftalmologie audiometrie "
            "logopedie bilan revalidatie verband")  # fmt: skip
WORDS_FR, WORDS_NL = TEXT_FR.split(" "), TEXT_NL.split(" ")
BANDS = ("1611", "1612", "1613")


def write_files(folder: Path, codes: int, rng: random.Random) -> tuple[Path, Path, list[str]]:
    numbers = rng.sample(range(100000, 999999), codes)
    numbers.sort()
    detail = folder / "NOMEN_DETAIL.xml"
    fees = folder / "NOMEN_HONORAIRES.xml"
    with detail.open("w", encoding="utf-8") as d, fees.open("w", encoding="utf-8") as f:
        d.write('<?xml version="1.0" encoding="UTF-8"?>\n<ROOT>\n')
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<ROOT>\n')
        for number in numbers:
            picks = rng.sample(range(min(len(WORDS_FR), len(WORDS_NL))), rng.randint(4, 9))
            fr = " ".join(WORDS_FR[i] for i in picks)
            nl = " ".join(WORDS_NL[i] for i in picks)
            d.write(
                f"<NOMEN_DETAIL><nomen_code>{number}</nomen_code><dbegin>2000-01-01</dbegin>"
                f"<nomen_desc_fr>{escape(fr)}</nomen_desc_fr>"
                f"<nomen_desc_nl>{escape(nl)}</nomen_desc_nl>"
                f"<nomen_grp_n>N{rng.randint(1, 40):02d}</nomen_grp_n></NOMEN_DETAIL>\n"
            )
            starts = ["2024-01-01"] + (["2026-01-01"] if rng.random() < 0.2 else [])
            for index, start in enumerate(starts):
                end = "2025-12-31" if index + 1 < len(starts) else "2999-12-31"
                fee = rng.randint(1000, 30000)
                amounts = [("0", fee)]
                if rng.random() < 0.1:
                    amounts += [(band, fee * (50 + i * 10) // 100) for i, band in enumerate(BANDS)]
                    amounts += [("1300", fee * 9 // 10)]
                else:
                    amounts += [
                        ("1601", fee * 7 // 10),
                        ("1602", fee * 8 // 10),
                        ("1301", fee * 9 // 10),
                        ("1302", fee * 95 // 100),
                    ]
                for category, cents in amounts:
                    f.write(f"<NOMEN_HONORAIRES><nomen_code>{number}</nomen_code>"
                            f"<dbegin_fee>{start}</dbegin_fee><dend_fee>{end}</dend_fee>"
                            f"<fee_code_cat>{category}</fee_code_cat>"
                            f"<fee>{cents // 100}.{cents % 100:02d}</fee>"
                            f"<author_doc>OA{start[:4]}_{rng.randint(1, 999)}</author_doc>"
                            "</NOMEN_HONORAIRES>\n")  # fmt: skip
        d.write("</ROOT>\n")
        f.write("</ROOT>\n")
    return detail, fees, [str(n) for n in numbers]


def _timed(call, runs: list) -> object:
    started = time.perf_counter()
    result = call()
    runs.append(time.perf_counter() - started)
    return result


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def bench_nomenclature(codes: int | None = None, queries: int = 200) -> None:
    codes = codes or int(os.environ.get("BENCH_CODES", "20000"))
    rng = random.Random(16)
    server = PostgresServer().start()
    try:
        central = make_engine(server.create_database("bench_nomenclature"))
        migrate.upgrade(central)
        with tempfile.TemporaryDirectory() as folder:
            files = write_files(Path(folder), codes, rng)
            size = sum(path.stat().st_size for path in files[:2])
            started = time.perf_counter()
            with central.begin() as connection:
                done = import_files(connection, files[:2])
            imported = time.perf_counter() - started
        numbers = files[2]
        with central.connect() as connection:
            counts = [connection.execute(select(func.count()).select_from(m)).scalar()
                      for m in (NomenclatureCode, NomenclatureFee, NomenclatureWord)]  # fmt: skip
        print(f"nomenclature: {counts[0]:,} codes, {counts[1]:,} fee rows, {counts[2]:,} index "
              f"words; import of {size / 1e6:.1f} MB of XML in {imported:.1f} s "
              f"({done.amounts_read:,} amounts)")  # fmt: skip
        searches, hits = [], []
        for _ in range(queries):
            language = rng.choice(("fr", "nl"))
            vocabulary = WORDS_FR if language == "fr" else WORDS_NL
            typed = " ".join(
                w[: rng.randint(3, len(w))] for w in rng.sample(vocabulary, rng.randint(1, 3))
            )
            found = _timed(lambda typed=typed, language=language: nomenclature.search(
                central, typed, day=DAY, language=language, limit=50), searches)  # fmt: skip
            hits.append(len(found.hits))
        lookups = []
        for _ in range(queries):
            code = rng.choice(numbers)
            _timed(lambda code=code: nomenclature.lookup(central, code, day=DAY, language="fr"),
                   lookups)  # fmt: skip
        print(f"  search by words (1 to 3, prefixes, 50 a page): median "
              f"{statistics.median(searches) * 1000:.1f} ms, p95 {_p95(searches) * 1000:.1f} ms "
              f"over {queries}; {statistics.median(hits):.0f} hits (median)")  # fmt: skip
        ratio = statistics.median(searches) / statistics.median(lookups)
        print(f"  baseline, lookup of one code by its number: median "
              f"{statistics.median(lookups) * 1000:.1f} ms, p95 {_p95(lookups) * 1000:.1f} ms; "
              f"ratio of medians {ratio:.1f}")  # fmt: skip
        central.dispose()
    finally:
        server.stop()
