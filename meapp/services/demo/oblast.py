"""The `oblast` demo: 40 programmes × 150 indicators × 300 measures × 8 half-years.

It exists for the benchmarks and for trying the rayon/oblast views on realistic volume
(about 300 000 rows), so it must be quick and the same on every machine:

* everything comes from one `random.Random(OBLAST_SEED)`, ids included
  (`uuid.UUID(int=rng.getrandbits(128), version=4)`), so two builds hold the same content;
* rows are written with SQLAlchemy Core bulk inserts (`session.execute(insert(table), rows)`),
  one statement per programme and table, inside the caller's transaction;
* the programme and its municipality are made the one way a programme is made
  (`programs.create_program_in`, with the ids the seed drew), which writes their `create`
  events; the other tables get one `bulk_create` event per programme and table with the
  number of rows (`after={"count": N}`), not one event per row.

Names are those of real towns and aiyl okmotus of the country; plan texts are drawn from
pools of typical council wordings, with streets and villages to tell similar items apart.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from meapp.models import (
    Actual,
    Evaluation,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    ReportingRound,
)
from meapp.models.base import utcnow
from meapp.models.periods import Period
from meapp.services.access.users import Actor
from meapp.services.plan.programs import PROGRAM_FIELDS, create_program_in
from meapp.store import audit_chain as audit

OBLAST_SEED = 20230224
N_PROGRAMS = 40
N_INDICATORS = 150
N_MEASURES = 300
START_YEAR = 2023
END_YEAR = 2026
YEARS = tuple(range(START_YEAR, END_YEAR + 1))
PERIODS = tuple(Period.half(y, h) for y in YEARS for h in (1, 2))
APPROVED_UNTIL = Period.half(2025, 2)  # rounds up to here approved, then submitted, then open
ENTERED_BY = "editor"

# (name, kind, rayon, oblast) — real towns and aiyl okmotus.
MUNICIPALITIES: tuple[tuple[str, str, str | None, str], ...] = (
    ("Кант шаары", "city", "Ысык-Ата району", "Чүй облусу"),
    ("Токмок шаары", "city", None, "Чүй облусу"),
    ("Шопоков шаары", "city", "Сокулук району", "Чүй облусу"),
    ("Каинды шаары", "city", "Панфилов району", "Чүй облусу"),
    ("Кемин шаары", "city", "Кемин району", "Чүй облусу"),
    ("Беловодск айыл өкмөтү", "aiyl_okmotu", "Москва району", "Чүй облусу"),
    ("Сокулук айыл өкмөтү", "aiyl_okmotu", "Сокулук району", "Чүй облусу"),
    ("Лебединовка айыл өкмөтү", "aiyl_okmotu", "Аламүдүн району", "Чүй облусу"),
    ("Ивановка айыл өкмөтү", "aiyl_okmotu", "Ысык-Ата району", "Чүй облусу"),
    ("Новопавловка айыл өкмөтү", "aiyl_okmotu", "Сокулук району", "Чүй облусу"),
    ("Жалал-Абад шаары", "city", None, "Жалал-Абад облусу"),
    ("Кербен шаары", "city", "Аксы району", "Жалал-Абад облусу"),
    ("Таш-Көмүр шаары", "city", None, "Жалал-Абад облусу"),
    ("Майлуу-Суу шаары", "city", None, "Жалал-Абад облусу"),
    ("Кара-Көл шаары", "city", None, "Жалал-Абад облусу"),
    ("Токтогул шаары", "city", "Токтогул району", "Жалал-Абад облусу"),
    ("Кочкор-Ата шаары", "city", "Ноокен району", "Жалал-Абад облусу"),
    ("Массы айыл өкмөтү", "aiyl_okmotu", "Ноокен району", "Жалал-Абад облусу"),
    ("Базар-Коргон айыл өкмөтү", "aiyl_okmotu", "Базар-Коргон району", "Жалал-Абад облусу"),
    ("Сузак айыл өкмөтү", "aiyl_okmotu", "Сузак району", "Жалал-Абад облусу"),
    ("Ала-Бука айыл өкмөтү", "aiyl_okmotu", "Ала-Бука району", "Жалал-Абад облусу"),
    ("Казарман айыл өкмөтү", "aiyl_okmotu", "Тогуз-Торо району", "Жалал-Абад облусу"),
    ("Өзгөн шаары", "city", "Өзгөн району", "Ош облусу"),
    ("Ноокат шаары", "city", "Ноокат району", "Ош облусу"),
    ("Кара-Суу шаары", "city", "Кара-Суу району", "Ош облусу"),
    ("Гүлчө айыл өкмөтү", "aiyl_okmotu", "Алай району", "Ош облусу"),
    ("Кара-Кулжа айыл өкмөтү", "aiyl_okmotu", "Кара-Кулжа району", "Ош облусу"),
    ("Араван айыл өкмөтү", "aiyl_okmotu", "Араван району", "Ош облусу"),
    ("Сары-Таш айыл өкмөтү", "aiyl_okmotu", "Алай району", "Ош облусу"),
    ("Мады айыл өкмөтү", "aiyl_okmotu", "Кара-Суу району", "Ош облусу"),
    ("Каракол шаары", "city", None, "Ысык-Көл облусу"),
    ("Балыкчы шаары", "city", None, "Ысык-Көл облусу"),
    ("Чолпон-Ата шаары", "city", "Ысык-Көл району", "Ысык-Көл облусу"),
    ("Түп айыл өкмөтү", "aiyl_okmotu", "Түп району", "Ысык-Көл облусу"),
    ("Талас шаары", "city", None, "Талас облусу"),
    ("Кызыл-Адыр айыл өкмөтү", "aiyl_okmotu", "Кара-Буура району", "Талас облусу"),
    ("Нарын шаары", "city", None, "Нарын облусу"),
    ("Кочкор айыл өкмөтү", "aiyl_okmotu", "Кочкор району", "Нарын облусу"),
    ("Баткен шаары", "city", None, "Баткен облусу"),
    ("Сүлүктү шаары", "city", None, "Баткен облусу"),
)

PLACES = (
    "Ак-Жол",
    "Ак-Сай",
    "Жаңы-Жер",
    "Кызыл-Суу",
    "Көк-Жар",
    "Бирлик",
    "Ынтымак",
    "Достук",
    "Ала-Тоо",
    "Кара-Суу",
    "Сары-Булак",
    "Жаңы-Турмуш",
    "Эркин-Тоо",
    "Арал",
    "Береке",
    "Чолок",
)
STREETS = (
    "Ленин",
    "Токтогул",
    "Манас",
    "Фрунзе",
    "Чүй",
    "Жибек Жолу",
    "Ош",
    "Абдрахманов",
    "Айтматов",
    "Садыков",
    "Исанов",
    "Ибраимов",
    "Курманжан Датка",
    "Мира",
    "Совет",
    "Гагарин",
)
LEADS = {
    "city": (
        "Мэрия",
        "Мэриянын экономика бөлүмү",
        "Муниципалдык менчик башкармалыгы",
        "«Тазалык» МИ",
    ),
    "aiyl_okmotu": (
        "Айыл өкмөтү",
        "Айыл өкмөтүнүн финансы-экономикалык бөлүмү",
        "Айыл өкмөтүнүн адиси",
    ),
}
PARTNERS = (
    "Билим берүү бөлүмү",
    "Үй-бүлөлүк медицина борбору",
    "Райондук ички иштер бөлүмү",
    "Жаштар кеңеши",
    "Аялдар кеңеши",
    "ЖӨБ жана ОКИ боюнча агенттик",
    "Өзгөчө кырдаалдар министрлиги",
    "Айыл чарба министрлиги",
    "Жамааттык уюмдар",
    "Ишкерлер ассоциациясы",
)
COMMENTS = (
    "Маалымат аткаруучудан алынды",
    "Иштер сезондук мүнөздө",
    "Каржылоо кечигип келди",
    "Подрядчы мөөнөтүн бузду",
    "Тастыктоочу документ тиркелди",
)


@dataclass(frozen=True)
class IndicatorKind:
    name: str
    unit: str
    value_type: str
    direction: str
    aggregation: str
    level: str
    mode: str  # cum | up | down | milestone | ratio
    low: float = 0.0  # cum: yearly amount range; up/down: baseline range
    high: float = 0.0
    step_low: float = 0.0  # up/down: yearly change range
    step_high: float = 0.0


def _k(*args: Any) -> IndicatorKind:
    return IndicatorKind(*args)


@dataclass(frozen=True)
class SectorPool:
    title: str
    objectives: tuple[str, ...]
    measures: tuple[str, ...]


@dataclass(frozen=True)
class DirectionPool:
    title: str
    sectors: tuple[SectorPool, ...]
    indicators: tuple[IndicatorKind, ...]
    results: tuple[str, ...]


# fmt: off
DIRECTIONS: tuple[DirectionPool, ...] = (
    DirectionPool(
        "Социалдык өнүгүү: билим берүү, саламаттык сактоо жана социалдык коргоо",
        (
            SectorPool(
                "Билим берүү",
                (
                    "Мектепке чейинки билим берүүнүн жеткиликтүүлүгүн жогорулатуу",
                    "Мектептердин материалдык-техникалык базасын чыңдоо",
                    "Инклюзивдик билим берүүнү өнүктүрүү",
                ),
                (
                    "{place}: бала бакчанын кошумча имаратын куруу",
                    "№ {n} орто мектептин чатырын жана жылытуу системасын оңдоо",
                    "№ {n} орто мектепке спорт залын куруу",
                    "№ {n} орто мектепти компьютер классы менен жабдуу",
                    "№ {n} орто мектепке пандус жана ыңгайлуу даараткана куруу",
                ),
            ),
            SectorPool(
                "Саламаттык сактоо",
                (
                    "Алгачкы медициналык жардамдын сапатын жогорулатуу",
                    "Саламаттык сактоо объектилерин оңдоо",
                ),
                (
                    "{place}: фельдшердик-акушердик пунктту оңдоо",
                    "Үй-бүлөлүк медицина борборун медициналык жабдуулар менен камсыз кылуу",
                    "{place}: тез жардам унаасын сатып алуу",
                    "Ден соолукту чыңдоо боюнча маалымдоо иш-чараларын өткөрүү",
                ),
            ),
            SectorPool(
                "Социалдык коргоо, маданият жана спорт",
                (
                    "Аз камсыз болгон үй-бүлөлөрдү колдоо",
                    "Маданият жана спорт үчүн шарттарды түзүү",
                ),
                (
                    "Аз камсыз болгон үй-бүлөлөргө социалдык колдоо көрсөтүү",
                    "{place}: маданият үйүн оңдоо",
                    "{street} көчөсүндө балдар аянтчасын куруу",
                    "{place}: мини-футбол аянтчасын куруу",
                    "Ардагерлер жана мүмкүнчүлүгү чектелген адамдар үчүн иш-чараларды уюштуруу",
                ),
            ),
        ),
        (
            _k("Мектепке чейинки билим берүү менен камтылган балдардын үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 40, 75, 2, 4),
            _k("Оңдолгон мектептердин жана бала бакчалардын саны", "бирдик", "number", "increase", "sum", "output", "cum", 1, 3),
            _k("ЖРТда босого упайдан ашкан бүтүрүүчүлөрдүн үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 35, 60, 1.5, 3),
            _k("Беш жашка чейинки балдардын өлүмү (1000 төрөлгөнгө)", "‰", "number", "decrease", "latest", "impact", "down", 14, 25, 0.8, 1.5),
            _k("Социалдык колдоо алган аз камсыз болгон үй-бүлөлөрдүн саны", "үй-бүлө", "number", "increase", "sum", "output", "cum", 40, 250),
            _k("Спорт секцияларына катышкан балдардын саны", "киши", "number", "increase", "latest", "outcome", "up", 200, 900, 30, 80),
        ),
        (
            "Билим берүүнүн сапаты жакшырды",
            "Кызматтардын жеткиликтүүлүгү жогорулады",
            "Балдар үчүн ыңгайлуу шарттар түзүлдү",
        ),
    ),
    DirectionPool(
        "Экономиканы, ишкердикти жана туризмди өнүктүрүү",
        (
            SectorPool(
                "Ишкердикти өнүктүрүү",
                ("Чакан жана орто бизнести колдоо", "Инвестицияларды тартуу"),
                (
                    "Жаш ишкерлер үчүн бизнес-окутууларды өткөрүү",
                    "Инвестициялык паспортту иштеп чыгуу жана жарыялоо",
                    "{place}: соода түйүнүн куруу",
                    "Муниципалдык менчикти ижарага берүү боюнча ачык тендерлерди өткөрүү",
                ),
            ),
            SectorPool(
                "Айыл чарба",
                ("Айыл чарба өндүрүшүнүн натыйжалуулугун жогорулатуу", "Мал чарбасын өнүктүрүү"),
                (
                    "{place}: мал доктурлук пунктун куруу",
                    "Жайыттарды башкарууну жакшыртуу",
                    "{place}: суу сактагычты тазалоо",
                    "Фермерлерге үрөн жана жер семирткич сатып алууга көмөк көрсөтүү",
                    "Айыл чарба кооперативдерин түзүүгө көмөк көрсөтүү",
                ),
            ),
            SectorPool(
                "Туризм",
                ("Туристтик инфраструктураны өнүктүрүү",),
                (
                    "Туристтик маршруттарды иштеп чыгуу",
                    "Туристтик маалымат борборун ачуу",
                    "{place}: жол белгилерин жана көрсөткүчтөрдү орнотуу",
                    "Кол өнөрчүлөрдүн жарманкесин өткөрүү",
                ),
            ),
        ),
        (
            _k("Түзүлгөн жаңы жумуш орундары", "бирдик", "number", "increase", "sum", "impact", "cum", 30, 200),
            _k("Жергиликтүү бюджеттин өз кирешелери (акыркы 12 ай)", "млн сом", "number", "increase", "latest", "impact", "up", 8, 120, 0.5, 6),
            _k("Катталган чакан жана орто ишканалардын саны", "бирдик", "number", "increase", "latest", "outcome", "up", 40, 600, 5, 30),
            _k("Тартылган инвестициялардын көлөмү", "млн сом", "number", "increase", "sum", "outcome", "cum", 5, 60),
            _k("Туристтердин саны", "киши", "number", "increase", "sum", "outcome", "cum", 800, 6000),
            _k("Инвестициялык паспорт жарыяланды", "бар/жок", "milestone", "increase", "latest", "output", "milestone"),
            _k("Катталган жумушсуздардын үлүшү", "%", "percent", "decrease", "latest", "impact", "down", 6, 14, 0.5, 1),
        ),
        (
            "Жаңы жумуш орундары түзүлдү",
            "Бизнес үчүн шарттар жакшырды",
            "Жергиликтүү кирешелер өстү",
        ),
    ),
    DirectionPool(
        "Инфраструктураны жана коммуналдык кызматтарды жакшыртуу",
        (
            SectorPool(
                "Жолдор жана көчө жарыгы",
                ("Жол инфраструктурасын жакшыртуу", "Көчөлөрдү жарыктандыруу"),
                (
                    "{street} көчөсүнүн асфальт төшөмүн алмаштыруу",
                    "{street} көчөсүнүн тротуарын оңдоо",
                    "{street} көчөсүнө LED көчө жарыгын орнотуу",
                    "{place}: көпүрөнү оңдоо",
                    "{street} көчөсүнө жол белгилерин жана ылдамдыкты чектөөчүлөрдү орнотуу",
                ),
            ),
            SectorPool(
                "Ичүүчү суу жана канализация",
                ("Таза ичүүчү суу менен камсыз кылуу", "Канализация тармагын калыбына келтирүү"),
                (
                    "{place}: ичүүчү суу түтүгүн куруу",
                    "{street} көчөсүндөгү суу түтүгүн алмаштыруу",
                    "Суу сактагычты оңдоо жана хлордоо жабдууларын орнотуу",
                    "{street} көчөсүндөгү канализация тармагын оңдоо",
                ),
            ),
            SectorPool(
                "Таштанды жана тазалык",
                ("Катуу тиричилик калдыктарын башкарууну жакшыртуу",),
                (
                    "Таштанды ташуучу унааны сатып алуу",
                    "{place}: таштанды чогултуучу аянтчаларды куруу",
                    "Таштанды полигонун тосуу жана жабдуу",
                    "Таштандыны сорттоо боюнча маалымдоо кампаниясын өткөрүү",
                ),
            ),
        ),
        (
            _k("Оңдолгон жолдордун узундугу", "км", "number", "increase", "sum", "output", "cum", 1, 6),
            _k("Таза ичүүчү суу менен камсыз болгон үй чарбаларынын үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 55, 88, 2, 4),
            _k("Жарыктандырылган көчөлөрдүн үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 30, 70, 4, 8),
            _k("Таштанды чыгаруу кызматы менен камтылган үй чарбаларынын үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 40, 80, 3, 6),
            _k("Суу түтүгүндөгү авариялардын саны", "бирдик", "number", "decrease", "latest", "outcome", "down", 40, 150, 2, 8),
            _k("Оңдолгон суу түтүктөрүнүн узундугу", "п.м.", "number", "increase", "sum", "output", "cum", 1500, 6000),
        ),
        (
            "Тургундардын жашоо шарты жакшырды",
            "Коммуналдык кызматтардын сапаты жогорулады",
            "Жол кыймылы коопсуз болду",
        ),
    ),
    DirectionPool(
        "Экология жана климаттын өзгөрүшүнө адаптациялоо",
        (
            SectorPool(
                "Жашылдандыруу",
                ("Жашыл аймактарды көбөйтүү",),
                (
                    "{street} көчөсүнө дарак отургузуу",
                    "{place}: сейил бак түзүү",
                    "Мектептер менен бирге «Жашыл мурас» акциясын өткөрүү",
                ),
            ),
            SectorPool(
                "Сугат жана селден коргоо",
                ("Сугат тармагын калыбына келтирүү", "Сел жана суу ташкынынан коргоо"),
                (
                    "{place}: сугат арыгын бетондоо",
                    "{place}: селге каршы дамба куруу",
                    "{place}: сугат насосун алмаштыруу",
                    "Арыктарды жана коллекторлорду тазалоо",
                ),
            ),
        ),
        (
            _k("Отургузулган дарактардын саны", "даана", "number", "increase", "sum", "output", "cum", 300, 3000),
            _k("Учурдагы дарактардын жаңы отургузулгандарга катышы", "Мамиле", "ratio", "increase", "latest", "outcome", "ratio"),
            _k("Калыбына келтирилген сугат тармагынын узундугу", "п.м.", "number", "increase", "sum", "output", "cum", 2000, 8000),
            _k("Сугарылуучу жерлердин аянты", "га", "number", "increase", "latest", "outcome", "up", 500, 4000, 40, 200),
            _k("Селден жабыркаган үй чарбаларынын саны", "үй чарба", "number", "decrease", "latest", "impact", "down", 20, 80, 2, 4),
        ),
        ("Жашыл аймактар көбөйдү", "Сугат суусу жеткиликтүү болду", "Селдин коркунучу азайды"),
    ),
    DirectionPool(
        "Муниципалдык башкарууну жакшыртуу жана жарандардын катышуусу",
        (
            SectorPool(
                "Санариптештирүү жана ачыктык",
                ("Муниципалдык кызматтарды санариптештирүү", "Бюджеттин ачыктыгын камсыз кылуу"),
                (
                    "Электрондук документ жүгүртүүнү ишке киргизүү",
                    "Муниципалдык сайтты жаңылоо жана ачык маалыматтарды жарыялоо",
                    "Жарандар үчүн бюджетти даярдоо жана жарыялоо",
                    "Кызматкерлерди санариптик көндүмдөргө окутуу",
                ),
            ),
            SectorPool(
                "Жарандардын катышуусу",
                ("Жарандардын чечим кабыл алууга катышуусун кеңейтүү",),
                (
                    "Бюджет боюнча коомдук угууларды өткөрүү",
                    "{place}: жамааттык демилгелерди колдоо (чакан грант)",
                    "Жаштар кеңешинин ишин колдоо",
                    "Муниципалдык кызматтарга канааттануу боюнча сурамжылоо жүргүзүү",
                ),
            ),
        ),
        (
            _k("Мөөнөтүнөн кечиктирилип каралган кайрылуулардын үлүшү", "%", "percent", "decrease", "latest", "outcome", "down", 12, 25, 2, 4),
            _k("Муниципалдык кызматтарга канааттанган тургундардын үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 40, 65, 3, 5),
            _k("Коомдук угууларга катышкан жарандардын саны", "киши", "number", "increase", "sum", "output", "cum", 150, 600),
            _k("Электрондук документ жүгүртүү системасы ишке киргизилди", "бар/жок", "milestone", "increase", "latest", "output", "milestone"),
            _k("Жарандар үчүн бюджет жарыяланды", "бар/жок", "milestone", "increase", "latest", "output", "milestone"),
            _k("Окутуудан өткөн муниципалдык кызматкерлердин саны", "киши", "number", "increase", "sum", "output", "cum", 10, 40),
        ),
        (
            "Башкаруунун ачыктыгы жогорулады",
            "Кайрылуулар мөөнөтүндө каралат",
            "Жарандардын катышуусу кеңейди",
        ),
    ),
    DirectionPool(
        "Коомдук коопсуздук жана өзгөчө кырдаалдарга даярдык",
        (
            SectorPool(
                "Коомдук коопсуздук",
                ("Коомдук коопсуздукту жогорулатуу",),
                (
                    "{street} көчөсүнө видеобайкоо камераларын орнотуу",
                    "Профилактикалык инспекторлорго кызматтык жай берүү",
                    "Укук бузууларды алдын алуу боюнча рейддерди өткөрүү",
                ),
            ),
            SectorPool(
                "Өзгөчө кырдаалдар",
                ("Өзгөчө кырдаалдарга даярдыкты жогорулатуу",),
                (
                    "Өрт өчүрүү постун жабдуу",
                    "{place}: калкты эскертүү системасын орнотуу",
                    "Калкты өзгөчө кырдаалдарда аракеттенүүгө үйрөтүү",
                ),
            ),
        ),
        (
            _k("Катталган кылмыштардын саны (акыркы 12 ай)", "бирдик", "number", "decrease", "latest", "outcome", "down", 60, 450, 3, 20),
            _k("Орнотулган видеобайкоо камераларынын саны", "даана", "number", "increase", "sum", "output", "cum", 4, 30),
            _k("Өрт өчүрүүчүлөрдүн келүү убактысы", "мүнөт", "number", "decrease", "latest", "outcome", "down", 18, 35, 1, 2.5),
            _k("Эскертүү системасы менен камтылган калктын үлүшү", "%", "percent", "increase", "latest", "outcome", "up", 20, 60, 6, 10),
        ),
        ("Коомдук тартип чыңдалды", "Калк өзгөчө кырдаалдарга даяр", "Кылмыштуулук азайды"),
    ),
)
# fmt: on

SOURCES_EXTRA = (
    "republican_budget",
    "development_fund",
    "donor",
    "community",
    "sponsor",
    "investor",
    "ppp",
)
SOURCE_NOTES = {
    "donor": ("ПРООН", "GIZ", "ЕРӨБ", "USAID", "ЖИКА"),
    "development_fund": ("облустук өнүктүрүү фонду",),
}


class _Ids:
    """UUIDs drawn from the seeded generator, so every build gets the same ids."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


# Units counted in whole things: their targets and actuals are whole numbers.
INTEGER_UNITS = frozenset({"бирдик", "киши", "даана", "үй-бүлө", "үй чарба"})


def _round_value(kind: IndicatorKind, value: float) -> float:
    if kind.unit in INTEGER_UNITS:
        return float(max(0, round(value)))
    if kind.value_type == "percent":
        return round(min(100.0, max(0.0, value)), 1)
    if kind.value_type == "ratio":
        return round(max(0.0, value), 2)
    if kind.value_type == "milestone":
        return 1.0 if value >= 0.5 else 0.0
    if abs(value) >= 100:
        return float(round(value))
    return round(max(0.0, value), 1)


def _performance(rng: random.Random) -> float:
    """How well an indicator or measure does: on track, at risk or off track."""
    r = rng.random()
    if r < 0.55:
        return rng.uniform(0.92, 1.15)
    if r < 0.8:
        return rng.uniform(0.62, 0.88)
    return rng.uniform(0.15, 0.55)


class _ProgramBuilder:
    """The rows of one programme, as lists of dicts ready for bulk inserts."""

    def __init__(
        self,
        rng: random.Random,
        ids: _Ids,
        index: int,
        now: datetime,
        municipality: tuple[str, str, str | None, str] | None = None,
        code: str | None = None,
    ) -> None:
        """`municipality` and `code` default to the oblast demo's (`MUNICIPALITIES[index]`,
        `OBL-nn`); the national demo passes its own, drawing nothing more from `rng`."""
        self.rng = rng
        self.id = ids
        self.index = index
        self.now = now
        self.rows: dict[str, list[dict[str, Any]]] = {}
        name, kind, rayon, oblast = municipality or MUNICIPALITIES[index]
        self.kind = kind
        self.place_suffix = " кичи району" if kind == "city" else " айылы"
        self.muni = self._row(
            "municipality", {"name": name, "kind": kind, "rayon": rayon, "oblast": oblast}
        )
        short = name.rsplit(" ", 2)[0] if kind == "aiyl_okmotu" else name.rsplit(" ", 1)[0]
        council = f"{short} {'шаардык' if kind == 'city' else 'айылдык'} кеңеши"
        self.program = self._row(
            "program",
            {
                "municipality_id": self.muni["id"],
                "code": code or f"OBL-{index + 1:02d}",
                "title": f"{short} {'шаарын' if kind == 'city' else 'айыл аймагын'} "
                f"социалдык-экономикалык өнүктүрүү программасы {START_YEAR}–{END_YEAR}",
                "start_year": START_YEAR,
                "end_year": END_YEAR,
                "vision": f"{short} — коопсуз, таза жана ыңгайлуу, экономикасы туруктуу өнүккөн "
                "жана жарандары башкарууга катышкан аймак.",
                "strategic_goal": "Инфраструктураны өнүктүрүүнүн жана инвестицияларды тартуунун "
                "эсебинен калктын жашоо деңгээлин жогорулатуу.",
                "approval_body": council,
                "approval_number": f"№ {rng.randint(3, 60)}",
                "approval_date": datetime(2023, rng.randint(1, 3), rng.randint(1, 28)).date(),
                "frequency": "half_year",
                "status": "approved",
            },
        )

    def _row(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        row = {
            "id": self.id(),
            "created_at": self.now,
            "updated_at": self.now,
            "version": 1,
            **values,
        }
        self.rows.setdefault(table, []).append(row)
        return row

    def _place(self) -> str:
        return self.rng.choice(PLACES) + self.place_suffix

    def _fill(self, template: str) -> str:
        return template.format(
            place=self._place(), street=self.rng.choice(STREETS), n=self.rng.randint(1, 15)
        )

    # -- plan ------------------------------------------------------------------------------
    def build(self) -> None:
        rng = self.rng
        pid = self.program["id"]
        n_dirs = rng.randint(4, 6)
        chosen = sorted(rng.sample(range(len(DIRECTIONS)), n_dirs))
        directions: list[tuple[dict, DirectionPool]] = []
        sectors: list[tuple[dict, DirectionPool, SectorPool]] = []
        objectives: list[tuple[dict, DirectionPool, SectorPool]] = []
        for d_pos, d_index in enumerate(chosen):
            pool = DIRECTIONS[d_index]
            d_row = self._item(pid, None, "direction", str(d_pos + 1), pool.title, d_pos)
            directions.append((d_row, pool))
        for d_row, pool in directions:
            n_sec = (
                rng.randint(2, len(pool.sectors)) if len(pool.sectors) > 2 else len(pool.sectors)
            )
            for s_pos, sec in enumerate(pool.sectors[:n_sec]):
                code = f"{d_row['code']}.{s_pos + 1}"
                s_row = self._item(pid, d_row["id"], "sector", code, sec.title, s_pos)
                sectors.append((s_row, pool, sec))
        for s_row, pool, sec in sectors:
            for o_pos, title in enumerate(sec.objectives):
                code = f"{s_row['code']}.{o_pos + 1}"
                o_row = self._item(pid, s_row["id"], "objective", code, title, o_pos)
                objectives.append((o_row, pool, sec))
        per_obj = [N_MEASURES // len(objectives)] * len(objectives)
        for i in rng.sample(range(len(objectives)), N_MEASURES % len(objectives)):
            per_obj[i] += 1
        measures: list[tuple[dict, DirectionPool]] = []
        for (o_row, pool, sec), count in zip(objectives, per_obj, strict=True):
            for m_pos in range(count):
                measures.append((self._measure(pid, o_row, pool, sec, m_pos), pool))
        self._indicators(pid, directions, objectives, measures)
        self._progress(measures)
        self._rounds(pid)

    def _item(
        self, pid: uuid.UUID, parent: uuid.UUID | None, kind: str, code: str, title: str, pos: int
    ) -> dict[str, Any]:
        return self._row(
            "plan_item",
            {
                "program_id": pid,
                "parent_id": parent,
                "kind": kind,
                "code": code,
                "title": title,
                "description": None,
                "position": pos,
                "deadline_text": None,
                "start_year": None,
                "end_year": None,
                "expected_result": None,
                "lead_executor": None,
                "co_executors": None,
                "by_agreement": False,
                "annual_plan_years": None,
                "is_investment": False,
            },
        )

    def _measure(
        self, pid: uuid.UUID, o_row: dict, pool: DirectionPool, sec: SectorPool, pos: int
    ) -> dict[str, Any]:
        rng = self.rng
        row = self._item(
            pid,
            o_row["id"],
            "measure",
            f"{o_row['code']}.{pos + 1}",
            self._fill(rng.choice(sec.measures)),
            pos,
        )
        start = rng.choice((2023, 2023, 2023, 2024, 2024, 2025))
        end = rng.choice([y for y in YEARS if y >= start] + [END_YEAR])
        r = rng.random()
        if r < 0.15:
            deadline = "Жыл сайын"
            start, end = START_YEAR, END_YEAR
        elif start == end:
            deadline = f"{start}-ж."
        else:
            deadline = f"{start}-{end}-жж."
        total = round(10 ** rng.uniform(4.3, 6.6), -3)
        by_agreement = rng.random() < 0.15
        row.update(
            deadline_text=deadline,
            start_year=start,
            end_year=end,
            expected_result=rng.choice(pool.results),
            lead_executor=rng.choice(LEADS[self.kind]),
            co_executors=", ".join(rng.sample(PARTNERS, rng.randint(0, 2))) or None,
            by_agreement=by_agreement,
            annual_plan_years=",".join(str(y) for y in range(start, end + 1)),
            is_investment=total >= 2_000_000 and rng.random() < 0.6,
        )
        # Planned cost: mostly the local budget, often shared with one or two other sources.
        shares = [("local_budget", rng.uniform(0.2, 1.0))]
        for src in rng.sample(SOURCES_EXTRA, rng.choice((0, 0, 1, 1, 2))):
            shares.append((src, rng.uniform(0.3, 1.5)))
        weight = sum(w for _s, w in shares)
        budget = []
        for src, w in shares:
            planned = round(total * w / weight, -3)
            notes = SOURCE_NOTES.get(src)
            self._row(
                "measure_budget",
                {
                    "measure_id": row["id"],
                    "source": src,
                    "planned": float(planned),
                    "note": rng.choice(notes) if notes else None,
                },
            )
            budget.append((src, planned))
        row["_budget"] = budget
        return row

    # -- indicators ------------------------------------------------------------------------
    def _indicators(self, pid, directions, objectives, measures) -> None:
        rng = self.rng
        used: set[str] = set()
        for pos in range(N_INDICATORS):
            r = rng.random()
            if r < 0.04:
                item, pool = None, rng.choice(directions)[1]
            elif r < 0.15:
                d_row, pool = rng.choice(directions)
                item = d_row
            elif r < 0.55:
                item, pool, _sec = rng.choice(objectives)
            else:
                item, pool = rng.choice(measures)
            kind = rng.choice(pool.indicators)
            name = kind.name
            for _try in range(3):
                if name not in used:
                    break
                name = f"{kind.name} — {self._place()}"
            if name in used:
                name = f"{kind.name} ({len(used) + 1})"
            used.add(name)
            self._indicator(pid, item["id"] if item else None, kind, name, pos)

    def _indicator(self, pid, item_id, kind: IndicatorKind, name: str, pos: int) -> None:
        rng = self.rng
        targets, baseline = self._targets(kind)
        ind = self._row(
            "indicator",
            {
                "program_id": pid,
                "plan_item_id": item_id,
                "code": f"И-{pos + 1:03d}",
                "name": name,
                "unit": kind.unit,
                "value_type": kind.value_type,
                "direction": kind.direction,
                "aggregation": kind.aggregation,
                "baseline_value": baseline,
                "baseline_year": START_YEAR - 1,
                "final_target": targets[END_YEAR]
                if kind.mode != "cum"
                else round(sum(targets.values()), 2),
                "data_source": "Аткаруучулардын жарым жылдык отчеттору",
                "method": None,
                "verifying_document": "Аткарылган иштердин актысы" if kind.mode == "cum" else None,
                "responsible": rng.choice(LEADS[self.kind]),
                "methodology_note": None,
                "level": kind.level,
                "issue_text": None,
                "group_text": None,
                "weight": 1.0,
                "position": pos,
            },
        )
        for year, value in targets.items():
            self._row(
                "indicator_target",
                {"indicator_id": ind["id"], "period": str(year), "value": value, "text": None},
            )
        self._actuals(ind["id"], kind, baseline, targets)

    def _targets(self, kind: IndicatorKind) -> tuple[dict[int, float], float]:
        rng = self.rng
        if kind.mode == "cum":
            per_year = max(_round_value(kind, rng.uniform(kind.low, kind.high)), 1.0)
            return {y: per_year for y in YEARS}, 0.0
        if kind.mode == "milestone":
            due = rng.choice(YEARS[:3])
            return {y: 1.0 if y >= due else 0.0 for y in YEARS}, 0.0
        if kind.mode == "ratio":
            steps = (0.3, 0.8, 2.0, 3.0)
            return {y: steps[i] for i, y in enumerate(YEARS)}, 0.0
        base = _round_value(kind, rng.uniform(kind.low, kind.high))
        step = rng.uniform(kind.step_low, kind.step_high)
        sign = 1 if kind.mode == "up" else -1
        targets = {y: _round_value(kind, base + sign * step * (i + 1)) for i, y in enumerate(YEARS)}
        return targets, base

    def _actuals(
        self, ind_id, kind: IndicatorKind, baseline: float, targets: dict[int, float]
    ) -> None:
        rng = self.rng
        perf = _performance(rng)
        for period in PERIODS:
            if rng.random() < 0.03:
                continue  # not reported
            year = period.year
            if kind.mode == "cum":
                value = targets[year] / 2 * perf * rng.uniform(0.6, 1.4)
            elif kind.mode == "milestone":
                due = min((y for y, t in targets.items() if t >= 1), default=END_YEAR)
                delay = 0 if perf >= 0.9 else (1 if perf >= 0.6 else 2)
                value = (
                    1.0
                    if (year > due + delay or (year == due + delay and period.index == 2))
                    else 0.0
                )
            else:
                prev = targets.get(year - 1, baseline)
                expected = targets[year] if period.index == 2 else (prev + targets[year]) / 2
                value = baseline + (expected - baseline) * perf * rng.uniform(0.92, 1.08)
            self._row(
                "actual",
                {
                    "indicator_id": ind_id,
                    "period": period.code,
                    "value": _round_value(kind, value),
                    "comment": rng.choice(COMMENTS) if rng.random() < 0.05 else None,
                    "entered_by": ENTERED_BY,
                },
            )

    # -- measures --------------------------------------------------------------------------
    def _progress(self, measures: list[tuple[dict, DirectionPool]]) -> None:
        rng = self.rng
        self.status_counts: dict[str, dict[str, int]] = {p.code: {} for p in PERIODS}
        for m, _pool in measures:
            budget = m.pop("_budget")
            planned_total = sum(p for _s, p in budget) or 1.0
            perf = _performance(rng)
            cancel_at = rng.randrange(2, len(PERIODS)) if rng.random() < 0.03 else None
            start, end = m["start_year"], m["end_year"]
            span = (end - start + 1) * 2
            pct = 0.0
            for k, period in enumerate(PERIODS):
                prev = pct
                done_halves = (period.year - start) * 2 + period.index
                if cancel_at is not None and k >= cancel_at:
                    status = "cancelled"
                elif done_halves <= 0:
                    status = "not_started"
                else:
                    expected = min(100.0, 100.0 * done_halves / span)
                    pct = max(prev, min(100.0, round(expected * perf * rng.uniform(0.9, 1.1))))
                    if pct >= 100:
                        status = "done"
                    elif pct == 0:
                        status = "not_started"
                    elif expected - pct > 25 or period.year > end:
                        status = "delayed"
                    else:
                        status = "in_progress"
                counts = self.status_counts[period.code]
                counts[status] = counts.get(status, 0) + 1
                mp = self._row(
                    "measure_progress",
                    {
                        "measure_id": m["id"],
                        "period": period.code,
                        "status": status,
                        "percent_complete": pct,
                        "comment": rng.choice(COMMENTS)
                        if status == "delayed" and rng.random() < 0.3
                        else None,
                        "entered_by": ENTERED_BY,
                    },
                )
                delta = pct - prev
                if delta <= 0 or status == "cancelled":
                    continue
                # One payment per period, from a source drawn in proportion to its plan, so
                # spending per source follows the plan without a row for every source.
                amount = round(planned_total * delta / 100 * rng.uniform(0.85, 1.1), -2)
                source = rng.choices([src for src, _p in budget], [p for _s, p in budget])[0]
                if amount > 0:
                    self._row(
                        "measure_spending",
                        {"progress_id": mp["id"], "source": source, "amount": float(amount)},
                    )

    # -- rounds ----------------------------------------------------------------------------
    def _rounds(self, pid: uuid.UUID) -> None:
        rng = self.rng
        for period in PERIODS:
            end = datetime(period.year + (period.index == 2), 1 if period.index == 2 else 7, 1)
            submitted = end + timedelta(days=rng.randint(8, 16), hours=rng.randint(9, 16))
            approved = submitted + timedelta(days=rng.randint(3, 10), hours=rng.randint(0, 3))
            if period <= APPROVED_UNTIL:
                state = "approved"
            elif period == APPROVED_UNTIL.next():
                state = "submitted"
            else:
                state = "open"
            self._row(
                "reporting_round",
                {
                    "program_id": pid,
                    "period": period.code,
                    "state": state,
                    "submitted_by": "chair" if state != "open" else None,
                    "submitted_at": submitted if state != "open" else None,
                    "approved_by": "chair" if state == "approved" else None,
                    "approved_at": approved if state == "approved" else None,
                },
            )
            if state != "approved":
                continue
            c = self.status_counts[period.code]
            self._row(
                "evaluation",
                {
                    "program_id": pid,
                    "period": period.code,
                    "summary": f"{N_MEASURES} иш-чаранын {c.get('done', 0)} аткарылды, "
                    f"{c.get('in_progress', 0)} аткарылууда, {c.get('delayed', 0)} кечиктирилди, "
                    f"{c.get('not_started', 0)} башталган жок.",
                    "analysis": "Индикаторлордун көпчүлүгү график боюнча; кечиктирилген "
                    "иш-чаралар негизинен каржылоонун кечигишине байланыштуу.",
                    "weak_points": "Айрым аткаруучулар маалыматты кеч берет; тастыктоочу "
                    "документтер толук эмес.",
                    "recommendations": "Аткаруучулардан маалыматты мезгил бүткөндөн кийин "
                    "10 күндүн ичинде талап кылуу; кечиктирилген иш-чаралар боюнча план түзүү.",
                    "target_corrections": None,
                },
            )


# Insert order: every table after the tables its rows point at. The programme and its
# municipality come first, made one by one (`_create_program`), not in bulk.
_TABLES: tuple[tuple[str, Table], ...] = tuple(
    (model.__tablename__, model.__table__)  # type: ignore[misc]
    for model in (
        PlanItem,
        MeasureBudget,
        Indicator,
        IndicatorTarget,
        Actual,
        MeasureProgress,
        MeasureSpending,
        ReportingRound,
        Evaluation,
    )
)


def _create_program(s: Session, actor: Actor, builder: _ProgramBuilder) -> None:
    """The programme and its municipality through `programs.create_program_in` (its
    checks, its audit events, the default thresholds), with the ids the seed drew."""
    muni, row = builder.muni, builder.program
    create_program_in(
        s,
        actor,
        municipality=muni["name"],
        municipality_kind=muni["kind"],
        rayon=muni["rayon"],
        oblast=muni["oblast"],
        program_id=row["id"],
        municipality_id=muni["id"],
        **{k: v for k, v in row.items() if k in PROGRAM_FIELDS},
    )


def build_oblast(
    s: Session,
    actor: Actor,
    *,
    progress=None,
    cancelled=None,
    seed: int = OBLAST_SEED,
) -> list[uuid.UUID]:
    """Insert the 40 programmes inside the caller's transaction; returns their ids."""
    return build_programs(
        s,
        actor,
        [(MUNICIPALITIES[i], None) for i in range(N_PROGRAMS)],
        seed=seed,
        progress=progress,
        cancelled=cancelled,
    )


def build_programs(
    s: Session,
    actor: Actor,
    municipalities: Sequence[tuple[tuple[str, str, str | None, str], str | None]],
    *,
    seed: int,
    progress=None,
    cancelled=None,
) -> list[uuid.UUID]:
    """Insert one generated programme per (municipality, code) inside the caller's
    transaction, one programme at a time (memory stays that of one programme however many
    there are); returns their ids. A code of None is the oblast demo's `OBL-nn`."""
    from meapp.services.demo.progress import check_cancelled

    rng = random.Random(seed)
    ids = _Ids(rng)
    now = utcnow()
    program_ids: list[uuid.UUID] = []
    total = len(municipalities)
    for index, (muni, code) in enumerate(municipalities):
        check_cancelled(cancelled)
        builder = _ProgramBuilder(rng, ids, index, now, muni, code)
        builder.build()
        pid = builder.program["id"]
        _create_program(s, actor, builder)
        for name, table in _TABLES:
            rows = builder.rows.get(name, [])
            if not rows:
                continue
            s.execute(insert(table), rows)
            audit.record(
                s,
                user=actor.login,
                action="bulk_create",
                entity=name,
                program_id=pid,
                after={"count": len(rows)},
            )
        program_ids.append(pid)
        del builder
        if progress is not None:
            progress(index + 1, total)
    return program_ids
