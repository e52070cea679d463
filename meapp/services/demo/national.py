"""The `national` demo: all 484 municipalities of the country, each with the oblast demo's
programme (150 indicators, 300 measures, 8 half-years): about 2 million rows.

It exists for the benchmarks of a republic-level office (PRODUCT.md §7, workload
`national`). The programmes come from the same generator as the oblast demo
(`oblast.build_programs`, one programme at a time, so memory stays that of one programme),
from their own seed, with codes `NAT-001` … `NAT-484`.

The municipalities follow the country's real counts by oblast (the two cities of republican
significance, then each oblast's towns and aiyl okmotus); the towns and rayons are real, the
aiyl okmotus carry real village names of their oblast, made unique with the words a council
would use (Жогорку / Төмөнкү / Жаңы). Nothing here draws from a random generator: the list is
the same on every machine, and `municipalities(n)` gives the first `n` for tests that need a
small database of the same shape.
"""

from __future__ import annotations

from collections.abc import Sequence

NATIONAL_SEED = 20240501
N_NATIONAL = 484

Municipality = tuple[str, str, str | None, str]

# oblast → (aiyl okmotus in it, its towns (name, rayon), its rayons, village names)
_OBLASTS: tuple[tuple[str, int, tuple[tuple[str, str | None], ...], tuple[str, ...], str], ...] = (
    (
        "Баткен облусу",
        33,
        (("Баткен", None), ("Сүлүктү", None), ("Кызыл-Кыя", None), ("Исфана", "Лейлек району")),
        ("Баткен району", "Кадамжай району", "Лейлек району"),
        "Ак-Сай Самаркандек Кара-Бак Көк-Таш Кайрагач Жаңы-Жер Бужум Раззаков Кулунду "
        "Катран Халмион Пум Уч-Коргон Кара-Булак Орозбеков Кара-Суу Марказ Тоготой",
    ),
    (
        "Жалал-Абад облусу",
        81,
        (
            ("Жалал-Абад", None),
            ("Кара-Көл", None),
            ("Майлуу-Суу", None),
            ("Таш-Көмүр", None),
            ("Кербен", "Аксы району"),
            ("Кочкор-Ата", "Ноокен району"),
            ("Токтогул", "Токтогул району"),
        ),
        (
            "Аксы району",
            "Ала-Бука району",
            "Базар-Коргон району",
            "Ноокен району",
            "Сузак району",
            "Тогуз-Торо району",
            "Токтогул району",
            "Чаткал району",
        ),
        "Массы Базар-Коргон Сузак Ала-Бука Казарман Кара-Жыгач Барпы Благовещенка Көк-Жаңгак "
        "Кызыл-Туу Арслан-Боб Сейдикум Ак-Суу Кара-Суу Уч-Терек Кызыл-Жар Ничке-Суу Ак-Там "
        "Шамалды-Сай Кош-Дөбө Бешик-Жон Кара-Бак Сары-Челек Терек-Сай Чаткал Жаңы-Базар",
    ),
    (
        "Ысык-Көл облусу",
        60,
        (("Каракол", None), ("Балыкчы", None), ("Чолпон-Ата", "Ысык-Көл району")),
        ("Ак-Суу району", "Жети-Өгүз району", "Ысык-Көл району", "Тоң району", "Түп району"),
        "Түп Теплоключенка Кызыл-Суу Бөкөнбаев Ананьево Тамчы Кара-Ой Барскоон "
        "Тамга Саруу Ак-Шыйрак Оттук Липенка Сары-Булак Темир Жети-Өгүз Кең-Суу Тору-Айгыр",
    ),
    (
        "Нарын облусу",
        60,
        (("Нарын", None),),
        ("Ак-Талаа району", "Ат-Башы району", "Жумгал району", "Кочкор району", "Нарын району"),
        "Кочкор Ат-Башы Баетов Чаек Эмгекчил Казыбек Кара-Суу Таш-Башат Дөбөлү Куртка "
        "Ак-Муз Жерге-Тал Сары-Булак Эчки-Башы Учкун Кызыл-Дөбө Ак-Кыя Ортток",
    ),
    (
        "Ош облусу",
        86,
        (("Өзгөн", "Өзгөн району"), ("Ноокат", "Ноокат району"), ("Кара-Суу", "Кара-Суу району")),
        (
            "Алай району",
            "Араван району",
            "Кара-Кулжа району",
            "Кара-Суу району",
            "Ноокат району",
            "Өзгөн району",
            "Чоң-Алай району",
        ),
        "Гүлчө Кара-Кулжа Араван Сары-Таш Мады Нариман Кашкар-Кыштак Папан Төлөйкөн Кызыл-Суу "
        "Жылкол Мырза-Аке Куршаб Каракол Дароот-Коргон Кабык Янги-Абад Шарк Кенжекул Бел",
    ),
    (
        "Талас облусу",
        37,
        (("Талас", None),),
        ("Бакай-Ата району", "Кара-Буура району", "Манас району", "Талас району"),
        "Кызыл-Адыр Покровка Бакай-Ата Көк-Ой Кара-Суу Аманбаев Кара-Ой Бейшеке Ак-Жар "
        "Кеңеш Арал Кенекол Озгөрүш Чат-Базар Талды-Булак",
    ),
    (
        "Чүй облусу",
        99,
        (
            ("Токмок", None),
            ("Кант", "Ысык-Ата району"),
            ("Кара-Балта", "Жайыл району"),
            ("Шопоков", "Сокулук району"),
            ("Каинды", "Панфилов району"),
            ("Кемин", "Кемин району"),
            ("Орловка", "Кемин району"),
        ),
        (
            "Аламүдүн району",
            "Жайыл району",
            "Кемин району",
            "Москва району",
            "Панфилов району",
            "Сокулук району",
            "Чүй району",
            "Ысык-Ата району",
        ),
        "Беловодск Сокулук Лебединовка Ивановка Новопавловка Ак-Башат Кегети Байтик Арашан "
        "Васильевка Шалта Таш-Дөбө Кара-Жыгач Ысык-Ата Милянфан Садовое Кенбулун Петровка",
    ),
)
# Bishkek and Osh report to the republic, not to an oblast.
_REPUBLICAN = (
    ("Бишкек шаары", "city", None, "Бишкек шаары"),
    ("Ош шаары", "city", None, "Ош шаары"),
)
_QUALIFIERS = ("", "Жогорку ", "Төмөнкү ", "Жаңы ", "Чоң ", "Кичи ")


def _aiyl_okmotus(
    oblast: str, count: int, rayons: tuple[str, ...], villages: str, taken: set[str]
) -> list[Municipality]:
    """`count` aiyl okmotus of the oblast, named after its villages (rayons in turn); a name
    already `taken` anywhere in the country gets the next qualifier (a municipality is
    found by its name, so two programmes must not share one)."""
    names = [(q + v) for q in _QUALIFIERS for v in villages.split()]
    out: list[Municipality] = []
    number = 0
    while len(out) < count:
        base = names[number % len(names)]
        round_ = number // len(names)
        number += 1
        name = f"{base}{f' {round_ + 1}' if round_ else ''} айыл өкмөтү"
        if name in taken:
            continue
        taken.add(name)
        out.append((name, "aiyl_okmotu", rayons[len(out) % len(rayons)], oblast))
    return out


def all_municipalities() -> list[Municipality]:
    """The 484 municipalities in order: the two republican cities, then oblast by oblast."""
    out: list[Municipality] = list(_REPUBLICAN)
    taken: set[str] = {m[0] for m in out}
    for oblast, n_ao, towns, rayons, villages in _OBLASTS:
        for town, rayon in towns:
            taken.add(f"{town} шаары")
            out.append((f"{town} шаары", "city", rayon, oblast))
        out.extend(_aiyl_okmotus(oblast, n_ao, rayons, villages, taken))
    return out


def municipalities(n: int = N_NATIONAL) -> list[tuple[Municipality, str]]:
    """The first `n` municipalities with their programme codes (`NAT-001` …)."""
    return [(m, f"NAT-{i + 1:03d}") for i, m in enumerate(all_municipalities()[:n])]


def national_codes(n: int = N_NATIONAL) -> tuple[str, ...]:
    return tuple(code for _m, code in municipalities(n))


def build_national(s, actor, *, progress=None, cancelled=None, n: int = N_NATIONAL) -> list:
    """Insert the national demo's programmes inside the caller's transaction."""
    from meapp.services.demo.oblast import build_programs

    chosen: Sequence = municipalities(n)
    # The planner's statistics for two million new rows are taken once the demo is
    # committed (`create_demo` → `meapp.services.common.db_stats.refresh_after_bulk`).
    return build_programs(
        s, actor, chosen, seed=NATIONAL_SEED, progress=progress, cancelled=cancelled
    )
