"""The enums: str-valued, named as in the reference, equal to their wire string."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

import models
from models import StateAppInstanceEnum
from schemas.fields import StrictEnum
from tests.reference import ENUMS


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_members_match_the_reference(name):
    enum = getattr(models, name)

    assert [(m.name, m.value, m.meaning) for m in enum] == [
        (m["name"], m["value"], m["meaning"]) for m in ENUMS[name]["members"]
    ]
    for member in enum:
        assert member == member.value
        assert isinstance(member, str)


def test_sdk_spelling_kterrminated_is_an_alias_of_kterminated():
    assert StateAppInstanceEnum.KTERRMINATED is StateAppInstanceEnum.KTERMINATED
    assert StateAppInstanceEnum.KTERRMINATED == "kTerminated"
    assert "KTERRMINATED" not in [m.name for m in StateAppInstanceEnum]


def test_enum_docstring_lists_members_values_and_meanings():
    line = "KRUNNING: ``kRunning``. Running; health_status tells whether it is healthy."

    assert f"\n    {line}\n" in StateAppInstanceEnum.__doc__


def test_enum_field_raises_validation_error_for_an_unknown_value_on_this_marshmallow():
    # marshmallow-enum 1.5.1 alone raises AttributeError here on marshmallow 4.
    field = StrictEnum(StateAppInstanceEnum)

    with pytest.raises(ValidationError) as caught:
        field.deserialize("kBogus")

    assert caught.value.messages == [
        "Must be one of: kInitializing, kRunning, kPausing, kPaused, kTerminating, "
        "kTerminated, kFailed."
    ]
    assert field.deserialize("kPaused") is StateAppInstanceEnum.KPAUSED
