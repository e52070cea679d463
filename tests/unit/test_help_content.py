"""The built-in user guide: every page in Kyrgyz, Russian and English, well-formed, linked,
in the right language, and exportable as one PDF whose Kyrgyz letters survive."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from meapp import paths
from meapp.errors import NotFound
from meapp.services.help import content as hc

KY_LETTERS = re.compile("[өүңӨҮҢ]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")
# Short words that Russian sentences are full of and Kyrgyz ones never use.
RUSSIAN_WORDS = {"и", "в", "на", "не", "с", "по", "для", "что", "это", "или", "если"}
EXPECTED_TITLES = {
    ("ky", "dashboard"): "Жалпы абал",
    ("ky", "working-group"): "Жумушчу топ",
    ("ru", "dashboard"): "Обзор",
    ("ru", "monitoring"): "Мониторинг",
    ("ru", "users"): "Пользователи",
    ("en", "signing"): "Signing and verifying",
}
KEYS = hc.all_keys()
CASES = [(lang, key) for lang in hc.LANGUAGES for key in KEYS]


def _file(lang: str, key: str) -> Path:
    return paths.resources_dir() / "help" / lang / f"{key}.html"


def _tree(lang: str, key: str) -> ET.Element:
    return ET.parse(_file(lang, key)).getroot()


def _blocks(root: ET.Element) -> list[str]:
    body = root.find("body")
    assert body is not None
    return [
        " ".join("".join(el.itertext()).split())
        for el in body.iter()
        if el.tag in ("h1", "h2", "p", "li")
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def test_the_guide_covers_every_page_of_the_main_window():
    from meapp.ui.pages import PAGE_KEYS

    assert hc.list_pages() == PAGE_KEYS
    assert set(hc.list_topics()) == {"traffic-lights", "import", "signing", "exchange", "backup"}
    assert KEYS[0] == hc.INDEX and len(set(KEYS)) == len(KEYS)


@pytest.mark.parametrize(("lang", "key"), CASES)
def test_page_exists_in_its_language_and_is_well_formed(lang, key):
    path = hc.page_path(key, lang)
    assert path == _file(lang, key), "the page is missing and a fallback was used"
    root = _tree(lang, key)  # raises if not well-formed
    assert root.tag == "html" and root.get("lang") == lang
    tags = {el.tag for el in root.iter()}
    assert tags <= hc.ALLOWED_TAGS, (
        f"tags QTextBrowser/the PDF don't know: {tags - hc.ALLOWED_TAGS}"
    )
    body = root.find("body")
    assert body is not None
    headings = [el for el in body.iter("h1")]
    assert len(headings) == 1 and "".join(headings[0].itertext()).strip()
    assert hc.page_title(key, lang) == " ".join("".join(headings[0].itertext()).split())
    for el in root.iter():
        assert "src" not in el.attrib and "style" not in el.attrib, "no external assets or styles"


@pytest.mark.parametrize(("lang", "key"), CASES)
def test_links_point_to_pages_of_the_guide(lang, key):
    hrefs = [el.get("href") or "" for el in _tree(lang, key).iter("a")]
    assert hrefs, "every page links somewhere (at least back to the index)"
    for href in hrefs:
        assert "://" not in href and not href.startswith(("/", "mailto:")), href
        target = hc.key_for_href(href)
        assert target is not None, f"broken link {href!r}"
        assert _file(lang, target).is_file()
    if key != hc.INDEX:
        assert "help.html" in hrefs, "every page leads back to the index"


@pytest.mark.parametrize("lang", hc.LANGUAGES)
def test_the_index_reaches_every_page_and_topic(lang):
    linked = {hc.key_for_href(a.get("href") or "") for a in _tree(lang, hc.INDEX).iter("a")}
    assert linked >= set(KEYS) - {hc.INDEX}


@pytest.mark.parametrize("key", KEYS)
def test_translations_keep_the_same_steps_and_links(key):
    """A step or a link dropped in one language shows as a different count."""

    def shape(lang: str) -> tuple:
        root = _tree(lang, key)
        return (
            sorted(a.get("href") for a in root.iter("a")),
            [el.tag for el in root.iter() if el.tag in ("h1", "h2", "ul", "ol", "li")],
        )

    assert shape("ky") == shape("en")
    assert shape("ru") == shape("en")


@pytest.mark.parametrize("key", KEYS)
def test_kyrgyz_pages_are_in_kyrgyz(key):
    root = _tree("ky", key)
    text = " ".join(_blocks(root))
    letters = [c for c in text if c.isalpha()]
    assert len(KY_LETTERS.findall(text)) >= 0.03 * len(letters), "too few ө ү ң for Kyrgyz"
    for block in _blocks(root):
        if re.search("[ѳѲɵƟ]", block):  # only where the guide explains that import fixes them
            assert "ө" in _words(block), f"old letters instead of ө: {block!r}"
        russian = [w for w in _words(block) if w in RUSSIAN_WORDS]
        assert len(russian) < 2, f"Russian text left in a Kyrgyz page: {block!r}"


@pytest.mark.parametrize("key", KEYS)
def test_russian_pages_are_in_russian(key):
    root = _tree("ru", key)
    text = " ".join(_blocks(root))
    letters = [c for c in text if c.isalpha()]
    assert len(CYRILLIC.findall(text)) > 0.85 * len(letters)
    assert sum(w in RUSSIAN_WORDS for w in _words(text)) >= 5
    for block in _blocks(root):
        kyrgyz = [w for w in _words(block) if KY_LETTERS.search(w)]
        assert len(kyrgyz) <= 1, f"Kyrgyz text left in a Russian page: {block!r}"


@pytest.mark.parametrize("key", KEYS)
def test_english_pages_are_in_english(key):
    root = _tree("en", key)
    for block in _blocks(root):
        words = _words(block)
        cyrillic = [w for w in words if CYRILLIC.search(w)]
        assert len(cyrillic) * 3 < max(len(words), 1), f"Cyrillic text in English: {block!r}"
    text = " ".join(_blocks(root))
    assert len(LATIN.findall(text)) > 0.95 * sum(c.isalpha() for c in text)


@pytest.mark.parametrize(("lang", "key"), sorted(EXPECTED_TITLES))
def test_titles_use_the_glossary_words(lang, key):
    assert hc.page_title(key, lang) == EXPECTED_TITLES[(lang, key)]


def _navigation_labels(lang: str) -> dict[str, str]:
    """Source text -> translation of the page names in the left-hand list (the .ts file)."""
    if lang == "en":
        return {}
    ts = paths.PACKAGE_DIR.parent / "translations" / f"meapp_{lang}.ts"
    out: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "Navigation":
            for message in context.iter("message"):
                out[message.findtext("source") or ""] = message.findtext("translation") or ""
    return out


@pytest.mark.parametrize("lang", hc.LANGUAGES)
def test_page_guides_are_titled_like_the_pages_in_the_app(lang):
    """F1 on "Обзор" must open a guide called "Обзор", not another name for the page."""
    from meapp.ui.pages import PAGES

    labels = _navigation_labels(lang)
    for info in PAGES:
        if info.key == hc.INDEX:
            continue
        expected = labels.get(info.label) or info.label
        assert hc.page_title(info.key, lang) == expected, info.key


def test_guide_explains_traffic_lights_roles_lock_and_keys():
    for lang in hc.LANGUAGES:
        lights = hc.page_html("traffic-lights", lang)
        for needle in ("●", "◐", "○", "–", "90 %", "60 %", "#009E73", "#E69F00", "#D55E00"):
            assert needle in lights, (lang, needle)
        index = hc.page_html(hc.INDEX, lang)
        for key in ("F1", "Ctrl+F", "Ctrl+Z", "Ctrl+Y", "Ctrl+S", "Ctrl+O", "Ctrl+Q"):
            assert f"<b>{key}</b>" in index, (lang, key)
        # no shortcut the app does not have (there is no print shortcut)
        assert "Ctrl+P<" not in index, lang
    ky = hc.page_html(hc.INDEX, "ky")
    for word in ("көрүүчү", "маалымат киргизүүчү", "баалоочу", "администратор", "бекитилген"):
        assert word in ky.lower(), word
    ru = hc.page_html(hc.INDEX, "ru")
    for word in ("наблюдатель", "редактор", "оценщик", "администратор", "утверждён"):
        assert word in ru.lower(), word


# The buttons, tabs and fields each guide names, as (translation context, source text): the
# guide must call them what the screen calls them in that language (the .ts files), so a
# renamed button or a guide written from memory shows here.
UI_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "dashboard": (
        ("Dashboard", "Overall progress"),
        ("Dashboard", "Budget executed"),
        ("Dashboard", "Open Monitoring"),
        ("Dashboard", "Open in Monitoring"),
        ("Dashboard", "← Back"),
        ("Dashboard", "Save as PNG…"),
        ("Dashboard", "Save chart as PNG…"),
        ("Dashboard", "Executors"),
        ("Dashboard", "Find an executor…"),
        ("Dashboard", "Municipalities"),
    ),
    "plan": (
        ("PlanPage", "&Filter:"),
        ("PlanPage", "Add"),
        ("PlanPage", "Add under it"),
        ("PlanPage", "Add beside it"),
        ("PlanPage", "Add an indicator"),
        ("PlanPage", "Add a priority direction"),
        ("PlanPage", "Copy"),
        ("PlanPage", "Delete…"),
        ("PlanPage", "Move up"),
        ("PlanPage", "Move down"),
        ("PlanPage", "Undo"),
        ("PlanPage", "Redo"),
        ("PlanPage", "Programme…"),
        ("PlanPage", "Import from Excel…"),
        ("PlanPage", "Export to Excel…"),
        ("PlanPage", "Expand all"),
        ("PlanPage", "Collapse all"),
        ("PlanPage", "&Apply"),
        ("PlanPage", "Re&vert"),
        ("PlanItemForm", "Investment measure:"),
        ("MonitoringPage", "Revise target…"),
    ),
    "monitoring": (
        ("MonitoringGrid", "Actual ✎"),
        ("MonitoringGrid", "Comment ✎"),
        ("MonitoringGrid", "Status ✎"),
        ("MonitoringGrid", "% done ✎"),
        ("MonitoringGrid", "Plan, %"),
        ("MonitoringGrid", "To date"),
        ("MonitoringGrid", "Evidence"),
        ("EvidenceDialog", "&Attach a file…"),
        ("MonitoringPage", "&Submit"),
        ("MonitoringPage", "&Approve"),
        ("MonitoringPage", "&Reopen…"),
        ("MonitoringPage", "History of this value…"),
        ("MonitoringPage", "Revise target…"),
        ("MonitoringPage", "Evidence…"),
        ("MonitoringPage", "Copy"),
        ("MonitoringPage", "Paste"),
        ("MonitoringPage", "Undo"),
        ("MonitoringPage", "Redo"),
    ),
    "evaluation": (
        ("EvaluationPage", "Draft from the data"),
        ("EvaluationPage", "Summary"),
        ("EvaluationPage", "Analysis of progress"),
        ("EvaluationPage", "Weak points"),
        ("EvaluationPage", "Recommendations"),
        ("EvaluationPage", "Proposed target corrections"),
        ("EvaluationPage", "Save"),
        ("EvaluationPage", "Unsaved changes"),
        ("EvaluationPage", "Submit the round"),
        ("EvaluationPage", "Approve the round"),
        ("EvaluationPage", "Needs attention in this period"),
        ("MonitoringPage", "Revise target…"),
    ),
    "reports": (
        ("ReportsPage", "&What to build"),
        ("ReportsPage", "&Period"),
        ("ReportsPage", "&Language of the report"),
        ("ReportsPage", "&Build…"),
        ("ReportsPage", "&Open the file"),
        ("ReportsPage", "Show in &folder"),
        ("ReportsPage", "Built lately"),
        ("ReportsPage", "&Sign…"),
        ("ReportsPage", "&Verify a signed PDF…"),
    ),
    "working-group": (
        ("WorkingGroupPage", "Members"),
        ("WorkingGroupPage", "Hearings and meetings"),
        ("WorkingGroupPage", "Public checks"),
        ("MembersTab", "Save the order"),
        ("MembersTab", "&Add member…"),
        ("MembersTab", "&Edit…"),
        ("MembersTab", "&Delete"),
        ("MembersTab", "Move &up"),
        ("MembersTab", "Move do&wn"),
        ("QuotaPanel", "Composition of the group"),
        ("HearingsTab", "&Add hearing or meeting…"),
        ("HearingsTab", "Minutes and &photos…"),
        ("HearingsTab", "Add &proposal…"),
        ("HearingsTab", "Edit proposal / &answer…"),
        ("ChecksTab", "&Add check…"),
        ("ChecksTab", "&Photos…"),
    ),
    "risks": (
        ("labels", "Strengths"),
        ("labels", "Weaknesses"),
        ("labels", "Opportunities"),
        ("labels", "Threats"),
        ("SwotBox", "Add…"),
        ("SwotBox", "Edit…"),
        ("SwotBox", "Delete"),
        ("RisksPage", "&Add risk…"),
        ("RiskTableModel", "Score"),
        ("labels", "open"),
        ("labels", "mitigated"),
        ("labels", "closed"),
    ),
    "audit": (
        ("AuditPage", "&Object:"),
        ("AuditPage", "&User:"),
        ("AuditPage", "&Period:"),
        ("AuditPage", "&Text:"),
        ("AuditPage", "&From"),
        ("AuditPage", "&To"),
        ("AuditPage", "This programme only"),
        ("AuditPage", "&Clear filters"),
        ("AuditPage", "E&xport to Excel…"),
        ("AuditPage", "&Verify the history"),
    ),
    "users": (
        ("UsersPage", "&Add user…"),
        ("UsersPage", "&Name and position…"),
        ("UsersPage", "Change &role…"),
        ("UsersPage", "Set a new &password…"),
        ("UsersPage", "De&activate"),
        ("UsersPage", "A&ctivate"),
        ("UsersPage", "Change &my password…"),
    ),
    "settings": (
        ("SettingsPage", "&Language of the program:"),
        ("SettingsPage", "Traffic lights of the programme"),
        ("SettingsPage", "&Backup folder:"),
        ("SettingsPage", "Choose…"),
        ("SettingsPage", "Back up &now"),
        ("BackupDialogs", "&Restore…"),
        ("BackupDialogs", "Restore from &another file…"),
    ),
    "help": (
        ("MainWindow", "&Help"),
        ("MainWindow", "&Help for this page"),
        ("HelpPage", "Contents"),
        ("HelpPage", "← Back"),
        ("MainWindow", "&New programme…"),
        ("MainWindow", "&Open database…"),
        ("MainWindow", "&Export package…"),
        ("MainWindow", "&Import package…"),
        ("MainWindow", "&Back up now…"),
        ("MainWindow", "&Restore from a backup…"),
        ("MainWindow", "My &signing identity…"),
        ("MainWindow", "&Verify a signed PDF…"),
    ),
    "import": (
        ("PlanPage", "Import from Excel…"),
        ("PlanImportWizard", "Browse…"),
        ("PlanImportWizard", "Action plan:"),
        ("PlanImportWizard", "Indicator matrix:"),
        ("PlanImportWizard", "Import into:"),
        ("PlanImportWizard", "A new programme"),
        ("PlanImportWizard", "Goes under"),
        ("PlanImportWizard", "Import"),
        ("MainWindow", "&Back up now…"),
    ),
    "signing": (
        ("MainWindow", "My &signing identity…"),
        ("SigningDialogs", "Create a new identity (key and certificate)"),
        ("SigningDialogs", "Create"),
        ("SigningDialogs", "&Import a PKCS#12 file…"),
        ("SigningDialogs", "&Export my certificate…"),
        ("SigningDialogs", "Trusted signatories"),
        ("SigningDialogs", "&Add a certificate…"),
        ("ReportsPage", "Built lately"),
        ("ReportsPage", "&Sign…"),
        ("ReportsPage", "&Verify a signed PDF…"),
    ),
    "exchange": (
        ("MainWindow", "&Export package…"),
        ("MainWindow", "&Import package…"),
        ("ExchangeDialogs", "What to send"),
        ("ExchangeDialogs", "&Sign the package with my signing identity"),
        ("ExchangeDialogs", "&Export"),
        ("ExchangeDialogs", "&Choose…"),
        ("ExchangeDialogs", "Keep mine"),
        ("ExchangeDialogs", "Take theirs"),
        ("ExchangeDialogs", "Keep all &mine"),
        ("ExchangeDialogs", "Take all &theirs"),
        ("ExchangeDialogs", "I checked with the sender: import it anyway and record this signer"),
        ("ExchangeDialogs", "&Import"),
    ),
    "backup": (
        ("MainWindow", "&Back up now…"),
        ("MainWindow", "&Restore from a backup…"),
        ("BackupDialogs", "&Continue without restoring"),
        ("BackupDialogs", "&Restore the backup"),
        ("BackupDialogs", "Restore from &another file…"),
    ),
    "traffic-lights": (
        ("labels", "On track"),
        ("labels", "At risk"),
        ("labels", "Off track"),
        ("labels", "No data"),
        ("MonitoringGrid", "Plan, %"),
        ("MonitoringGrid", "To date"),
    ),
}


def _ui_text(lang: str, context: str, source: str) -> str:
    """What the screen shows for a source text in `lang`: the .ts translation without the
    mnemonic `&` and the field label's colon."""
    text = source
    if lang != "en":
        ts = paths.PACKAGE_DIR.parent / "translations" / f"meapp_{lang}.ts"
        found = None
        for ctx in ET.parse(ts).getroot().iter("context"):
            if ctx.findtext("name") != context:
                continue
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    found = message.findtext("translation")
        assert found, f"no {lang} translation of {context}/{source!r}"
        text = found
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(
        ":"
    )


@pytest.mark.parametrize("lang", hc.LANGUAGES)
@pytest.mark.parametrize("key", sorted(UI_NAMES))
def test_guides_name_the_buttons_as_the_screen_does(lang, key):
    text = " ".join(" ".join(_tree(lang, key).itertext()).split()).casefold()
    missing = [
        _ui_text(lang, context, source)
        for context, source in UI_NAMES[key]
        if _ui_text(lang, context, source).casefold() not in text
    ]
    assert not missing, f"{lang}/{key}.html does not name: {missing}"


def test_every_page_guide_is_checked_against_the_screen():
    assert set(UI_NAMES) == set(KEYS)


def test_missing_pages_fall_back_kyrgyz_russian_english(tmp_path, monkeypatch):
    root = tmp_path / "resources"
    for lang, key in (("ru", "plan"), ("en", "plan"), ("en", "audit"), ("ky", "help")):
        (root / "help" / lang).mkdir(parents=True, exist_ok=True)
        (root / "help" / lang / f"{key}.html").write_text(
            f"<html lang='{lang}'><body><h1>{lang} {key}</h1></body></html>", encoding="utf-8"
        )
    monkeypatch.setattr(paths, "resources_dir", lambda: root)
    assert hc.page("plan", "en").lang == "en"
    assert hc.page("plan", "ky").lang == "ru"  # no Kyrgyz page: Russian before English
    assert hc.page("audit", "ky").lang == "en"
    assert hc.page("plan", "ky_KG").lang == "ru"
    assert hc.page("plan", "de").lang == "ru"  # an unknown language starts at Kyrgyz
    assert hc.page("no-such-page", "ru").key == "help"  # a page without a guide: the index
    assert hc.page_title("plan", "ky") == "ru plan"
    (root / "help" / "ky" / "help.html").unlink()
    with pytest.raises(NotFound):
        hc.page_path("dashboard", "ky")


def test_key_for_href():
    assert hc.key_for_href("plan.html") == "plan"
    assert hc.key_for_href("traffic-lights.html#colours") == "traffic-lights"
    assert hc.key_for_href("https://example.org/") is None
    assert hc.key_for_href("other.html") is None


def _pdftotext(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        [exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_pdf_of_the_kyrgyz_guide_keeps_kyrgyz_letters(tmp_path):
    done: list[tuple[int, int]] = []
    pdf = hc.export_help_pdf(
        "ky", tmp_path / "out" / "guide.pdf", progress=lambda d, t: done.append((d, t))
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert done[-1] == (len(KEYS), len(KEYS))
    text = _pdftotext(pdf)
    for key in KEYS:  # every section is in the file, under its Kyrgyz title
        assert hc.page_title(key, "ky").split(":")[0] in " ".join(text.split()), key
    for letter in "өүңӨҮ":
        assert letter in text, letter
    assert "Жетишкендик кантип эсептелет" in text
    assert "(25 − 10) / (30 − 10) = 75 %" in text  # the true minus sign, via the symbol font


def test_pdf_text_is_never_smaller_than_9_points(tmp_path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = hc.export_help_pdf("ru", tmp_path / "guide-ru.pdf")
    doc = pdfium.PdfDocument(str(pdf))
    try:
        sizes = set()
        for index in range(len(doc)):
            textpage = doc[index].get_textpage()
            for i in range(textpage.count_chars()):
                if not chr(raw.FPDFText_GetUnicode(textpage.raw, i)).isspace():
                    sizes.add(round(raw.FPDFText_GetFontSize(textpage.raw, i), 1))
        assert len(doc) > len(KEYS)  # one section per page at least
    finally:
        doc.close()
    assert sizes and min(sizes) >= 9.0, sorted(sizes)
    assert "Светофор" in _pdftotext(pdf)
