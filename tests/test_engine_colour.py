"""The colour field kind and the Swatches block: parsing, the picker, HTML and every export."""

import io

import ipywidgets as w
import pytest

from widgets import exports
from widgets.blocks import Swatches
from widgets.exercise import Exercise
from widgets.fields import ColorField, FieldError
from widgets.render_html import render_blocks
from widgets.worksheet import Worksheet


def test_colour_field_accepts_short_and_long_hex_in_any_case():
    f = ColorField("c", "Krāsa")
    assert f.parse("#8b4513") == "#8B4513"
    assert f.parse(" #AbC ") == "#AABBCC"
    assert f.parse("#FFFFFF") == "#FFFFFF"


@pytest.mark.parametrize("raw", ["8B4513", "#12345", "#GGGGGG", "red", "#1234567", "rgb(0,0,0)", "#", 12])
def test_colour_field_explains_bad_codes_in_latvian(raw):
    with pytest.raises(FieldError, match="#RRGGBB"):
        ColorField("c", "Krāsa").parse(raw)


def test_colour_field_empty():
    with pytest.raises(FieldError, match="Izvēlieties krāsu"):
        ColorField("c", "Krāsa").parse("")
    assert ColorField("c", "Krāsa", required=False).parse("") == ""


def _exercise():
    return Exercise(
        id="E99", title="Krāsas", chapter=8, intro="Pārbaude.",
        fields=[ColorField("main", "Galvenā krāsa", default="#8B4513")],
        compute=lambda a: {"main": a["main"]},
        view=lambda a, r: [Swatches("Palete", [("Galvenā", r["main"])], "Ābele", "serif")],
    )


def test_worksheet_shows_a_colour_picker_and_recomputes():
    sheet = Worksheet(_exercise(), None, "t")
    picker = sheet.controls[0].input
    assert isinstance(picker, w.ColorPicker) and picker.value.upper() == "#8B4513"
    assert "background:#8B4513" in sheet.results.value
    sheet.set_raw("main", "#2e5e4e")
    assert "background:#2E5E4E" in sheet.results.value


BLOCK = Swatches("Zīmola krāsas", [("Māla brūns", "#8B4513"), ("Krēmbalts", "#FAF3E0"),
                                   ("<b>ļauns</b>", "red;background:url(http://x)")],
                 sample="Ķīpsalas <i>glāze</i>", font_family="Georgia, serif; } body{display:none")


def test_swatches_html_escapes_text_and_draws_only_valid_hex():
    html = render_blocks([BLOCK], charts=False)
    assert "background:#8B4513" in html and "background:#FAF3E0" in html
    assert "url(" not in html and "<b>ļauns" not in html  # the invalid colour is left out
    assert "&lt;i&gt;glāze&lt;/i&gt;" in html
    assert "}" not in html.split("cb-swatches")[-1] and "Georgia, serif" in html


def test_swatches_markdown_lists_hex_codes():
    md = exports.to_markdown(_exercise(), {"main": "#8B4513"}, [BLOCK])
    assert "- Māla brūns: `#8B4513`" in md and "- Krēmbalts: `#FAF3E0`" in md
    assert "url(" not in md


def test_swatches_excel_fills_cells_with_the_colour():
    from openpyxl import load_workbook

    data = exports.to_xlsx(_exercise(), {"main": "#8B4513"}, [BLOCK])
    rs = load_workbook(io.BytesIO(data))["Rezultāti"]
    fills = {row[0].value: row[1].fill.fgColor.rgb for row in rs.iter_rows() if row[1].value and str(row[1].value).startswith("#")}
    assert fills == {"Māla brūns": "008B4513", "Krēmbalts": "00FAF3E0"}


def test_swatches_pdf_draws_filled_rectangles(monkeypatch):
    from fpdf import FPDF

    drawn = []
    original = FPDF.rect

    def rect(self, x, y, w_, h, style=None, *args, **kwargs):
        drawn.append((self.fill_color.colors255 if hasattr(self.fill_color, "colors255") else None, style))
        return original(self, x, y, w_, h, style, *args, **kwargs)

    monkeypatch.setattr(FPDF, "rect", rect)
    data = exports.to_pdf(_exercise(), {"main": "#8B4513"}, [BLOCK])
    assert data.startswith(b"%PDF")
    assert [d for d in drawn if d[1] == "DF"] == [((139, 69, 19), "DF"), ((250, 243, 224), "DF")]


def test_picker_starts_from_the_default_when_the_saved_code_is_bad():
    ex = _exercise()
    sheet = Worksheet(ex, None, "t")
    from widgets.worksheet import _Control

    control = _Control(ex.fields[0], "ne-krāsa", lambda: None)
    assert control.input.value.upper() == "#8B4513"
    assert sheet.controls[0].raw.upper() == "#8B4513"
