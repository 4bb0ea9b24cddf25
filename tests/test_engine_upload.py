"""The CSV field kind: a file upload plus a textarea; bad files get a Latvian message and lose nothing."""

from datetime import UTC, datetime

import ipywidgets as w
import pytest

from widgets import fmt, registry
from widgets.csv_import import CsvColumn
from widgets.fields import CsvField, FieldError
from widgets.worksheet import Worksheet

LATVIAN_EXPORT = ("Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi, €;Izmaksas, €\r\n"
                  "2025-01;1 200;20;1 234,50;400,00\r\n"
                  "2025-02;1 500;30;2 000,00;600,00\r\n")


def control(sheet, name):
    return next(c for c in sheet.controls if c.field.name == name)


def upload(ctrl, data: bytes, name: str = "dati.csv"):
    ctrl._upload.value = ({"name": name, "type": "text/csv", "size": len(data), "content": memoryview(data),
                           "last_modified": datetime(2025, 3, 1, tzinfo=UTC)},)


def test_csv_field_parses_typed_text_and_explains_problems():
    f = CsvField("d", "Dati", columns=[CsvColumn("month", "Mēnesis", number=False), CsvColumn("revenue", "Ieņēmumi")])
    assert f.parse("Mēnesis;Ieņēmumi\n2025-01;1 234,50") == [{"month": "2025-01", "revenue": 1234.5}]
    assert f.parse("mēnesis,ieņēmumi\n2025-01,\"12,5\"") == [{"month": "2025-01", "revenue": 12.5}]
    assert f.parse("Mēnesis\tIeņēmumi\tCits\n2025-01\t7\tx") == [{"month": "2025-01", "revenue": 7.0}]
    with pytest.raises(FieldError, match="Ievadiet vai augšupielādējiet"):
        f.parse("  ")
    with pytest.raises(FieldError, match="Trūkst kolonnas „Ieņēmumi”"):
        f.parse("Mēnesis;Summa\n2025-01;5")
    with pytest.raises(FieldError, match="negatīvs"):
        f.parse("Mēnesis;Ieņēmumi\n2025-01;-5")
    with pytest.raises(FieldError, match="par lieliem"):
        f.parse("x" * (6 * 1024 * 1024))
    with pytest.raises(FieldError):
        f.parse(["nav", "teksts"])
    assert CsvField("d", "Dati", required=False, columns=f.columns).parse("") == []


def test_worksheet_shows_upload_and_textarea(store):
    sheet = Worksheet(registry.get("E59"), store, "anna")
    ctrl = control(sheet, "data")
    assert isinstance(ctrl._upload, w.FileUpload) and ctrl._upload.accept == ".csv,text/csv"
    assert isinstance(ctrl._text, w.Textarea) and ctrl._text.value.startswith("Mēnesis;")
    assert sheet.complete


def test_uploading_a_windows_1257_export_recomputes_and_keeps_other_answers(store):
    sheet = Worksheet(registry.get("E59"), store, "anna")
    control(sheet, "target_aov").input.value = "55"
    upload(control(sheet, "data"), LATVIAN_EXPORT.encode("cp1257"))
    ctrl = control(sheet, "data")
    assert "Ielādēts fails" in ctrl.upload_message.value
    assert ctrl._text.value.startswith("Mēnesis;Apmeklētāji") and "\r" not in ctrl._text.value
    assert sheet.complete and "3 234,50 €" in fmt.plain(sheet.results.value)
    saved = store.latest("anna", "E59")
    assert saved["target_aov"] == "55" and saved["data"].startswith("Mēnesis;")
    again = Worksheet(registry.get("E59"), store, "anna")
    assert control(again, "data")._text.value == ctrl._text.value


@pytest.mark.parametrize("data, name, message", [
    (b"a" * (50 * 1024 * 1024), "liels.csv", "par lielu"),
    (b"PK\x03\x04" + b"\x00" * 500, "dati.xlsx", "Excel"),
    (bytes(range(256)) * 20, "attels.csv", "nav teksta"),
    ("Mēnesis;Summa\n2025-01;5\n".encode(), "cits.csv", "Trūkst kolonnu"),
    ("Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi\n2025-01;100;desmit;5\n".encode(), "teksts.csv", "nav skaitlis"),
])
def test_a_wrong_file_gets_a_message_and_loses_nothing(store, data, name, message):
    sheet = Worksheet(registry.get("E59"), store, "anna")
    ctrl = control(sheet, "data")
    typed = "Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi\n2025-01;100;2;80\n2025-02;100;3;120"
    sheet.set_raw("data", typed)
    before = store.latest("anna", "E59")
    upload(ctrl, data, name)
    assert message in ctrl.upload_message.value and name in ctrl.upload_message.value
    assert "nav mainīti" in ctrl.upload_message.value
    assert ctrl._text.value == typed and sheet.complete
    assert store.latest("anna", "E59") == before
    assert ctrl._upload.value == ()  # the same file can be chosen again


def test_typing_into_the_textarea_is_the_fields_raw_value(store):
    sheet = Worksheet(registry.get("E59"), store, "anna")
    ctrl = control(sheet, "data")
    ctrl._text.value = "Mēnesis;Apmeklētāji;Pasūtījumi\n2025-01;100;2"
    assert "Trūkst kolonnas „Ieņēmumi”" in ctrl.error.value
    assert store.latest("anna", "E59")["data"].startswith("Mēnesis;Apmeklētāji;Pasūtījumi\n")  # kept though invalid
    assert not sheet.complete
