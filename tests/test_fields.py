"""Field kinds: parsing as Latvians type, and a Latvian message for every bad input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from widgets.fields import (
    ChecklistField,
    ChoiceField,
    FieldError,
    IntegerField,
    MoneyField,
    PercentField,
    TableField,
    TextField,
    parse_number,
)


@pytest.mark.parametrize(
    "raw, value",
    [("12,50", 12.5), ("1 234,50", 1234.5), ("1\u00a0234,5 €", 1234.5), ("6.5%", 6.5), ("1.234,5", 1234.5),
     ("  7 ", 7.0), ("\u22123", -3.0), (12, 12.0), ("0", 0.0)],
)
def test_numbers_as_latvians_type_them(raw, value):
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["abc", "12,5,3", "1e5", "nan", "inf", "--3", "12 eiro un 5", "½"])
def test_text_in_a_number_field(raw):
    with pytest.raises(FieldError, match="Ievadiet skaitli"):
        parse_number(raw)


def test_money_bounds_and_messages():
    f = MoneyField("p", "Cena", maximum=1000)
    assert f.parse("999,99") == 999.99
    with pytest.raises(FieldError, match="negatīva"):
        f.parse("-1")
    with pytest.raises(FieldError, match="neticami liela.*1\u00a0000,00\u00a0€"):
        f.parse("1000,01")
    with pytest.raises(FieldError, match="jāaizpilda"):
        f.parse("")
    assert MoneyField("p", "Cena", required=False).parse("") == 0


def test_percent_and_integer():
    assert PercentField("x", "X").parse("10,5") == 10.5
    with pytest.raises(FieldError, match="neticami liela"):
        PercentField("x", "X").parse("101")
    assert IntegerField("n", "N").parse("12") == 12
    with pytest.raises(FieldError, match="veselu skaitli"):
        IntegerField("n", "N").parse("1,5")


def test_text_limits_and_unicode():
    f = TextField("t", "Teksts", max_length=10)
    assert f.parse("  Ķēniņš  ") == "Ķēniņš"
    assert f.parse("a\u0304") == "ā"  # combining macron becomes the precomposed letter
    assert f.parse("ab\x00c") == "abc"  # control characters are dropped
    with pytest.raises(FieldError, match="par garu: 11 rakstzīmes"):
        f.parse("x" * 11)
    with pytest.raises(FieldError, match="jāaizpilda"):
        f.parse("   ")


def test_choice_and_checklist():
    c = ChoiceField("c", "C", options=["Jā", "Nē"])
    assert c.parse("Jā") == "Jā"
    with pytest.raises(FieldError, match="piedāvātajām"):
        c.parse("Varbūt")
    k = ChecklistField("k", "K", options=["a", "b", "c"], min_selected=1, max_selected=2)
    assert k.parse(["c", "a"]) == ["a", "c"]
    with pytest.raises(FieldError, match="vismaz 1"):
        k.parse([])
    with pytest.raises(FieldError, match="ne vairāk kā 2"):
        k.parse(["a", "b", "c"])
    with pytest.raises(FieldError, match="tikai piedāvātās"):
        k.parse(["a", "z"])


def test_table_rows_and_cell_errors():
    t = TableField("t", "Tabula", columns=[TextField("n", "Nosaukums"), MoneyField("p", "Cena")], min_rows=2, max_rows=3)
    rows = [{"n": "A", "p": "1,5"}, {"n": "B", "p": "2"}, {"n": "", "p": ""}]
    assert t.parse(rows) == [{"n": "A", "p": 1.5}, {"n": "B", "p": 2.0}]  # empty rows are ignored
    with pytest.raises(FieldError, match="vismaz 2 rindas"):
        t.parse(rows[:1])
    bad = [{"n": "A", "p": "x"}, {"n": "", "p": "2"}]
    with pytest.raises(FieldError, match="1. rinda, „Cena”: Ievadiet skaitli"):
        t.parse(bad)
    assert t.cell_errors(bad) == {(0, "p"): "Ievadiet skaitli, piemēram, 12,50.", (1, "n"): "Šis lauks ir jāaizpilda."}
    with pytest.raises(FieldError, match="ne vairāk kā 3"):
        t.parse([{"n": str(i), "p": "1"} for i in range(4)])
    with pytest.raises(FieldError, match="nav nolasāmi"):
        t.parse("not a table")


ANY_RAW = st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=True), st.booleans(),
                    st.lists(st.text(max_size=5), max_size=4), st.binary(max_size=10))


@given(ANY_RAW)
def test_every_field_kind_either_parses_or_explains(raw):
    kinds = [TextField("t", "T"), MoneyField("m", "M"), PercentField("p", "P"), IntegerField("i", "I"),
             ChoiceField("c", "C", options=["a"]), ChecklistField("k", "K", options=["a"])]
    for f in kinds:
        try:
            f.parse(raw)
        except FieldError as err:
            assert str(err) and str(err)[0].isupper()
